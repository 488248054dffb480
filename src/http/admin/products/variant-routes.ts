import { IdParams, pathParams } from "../../validation/params.js"
import type { FieldsRequest, IdFieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { writeRoute } from "../../helpers/write-route.js"
import { deleteChildRoute } from "../../helpers/delete-route.js"
import type { Container } from "../../../app/container.js"
import { createProductVariantsWorkflow } from "../../../workflows/product/create-product-variants.js"
import { deleteProductVariantWorkflow } from "../../../workflows/product/delete-product-variants.js"
import { updateProductVariantWorkflow } from "../../../workflows/product/update-product-variants.js"
import { batchVariantInventoryLinksWorkflow } from "../../../workflows/product/batch-variant-inventory-links.js"
import {
  dismissVariantInventoryItemWorkflow,
  linkVariantInventoryItemWorkflow,
  updateVariantInventoryItemWorkflow,
} from "../../../workflows/product/variant-inventory-links.js"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { variantFields } from "./admin-fields.js"
import { listEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { listVariantFilters } from "./list-filters.js"
import { PRODUCT_VARIANT_DEFAULT_FIELDS, VARIANT_DEFAULT_FIELDS } from "./query-config.js"
import { productEnvelope, productJson } from "./product-response.js"
import {
  CreateProductVariantBody,
  ListVariantsQuery,
  RetrieveQuery,
  UpdateProductVariantBody,
  VariantInventoryItemBody,
  VariantInventoryItemsBatchBody,
  VariantInventoryItemUpdateBody,
} from "./validators.js"

/**
 * A variant's JSON text; `{}` when there is none (Medusa answers 200 with no variant). Medusa
 * computes `inventory_quantity` on the variant lists only: here it is dropped, as there.
 */
async function variantJson(
  c: Container,
  filters: Record<string, unknown>,
  fields: string | undefined,
): Promise<string> {
  const requested = resolveFields(VARIANT_DEFAULT_FIELDS, fields).filter((f) => f !== "inventory_quantity")
  const selected = supportedFields(c.core.schema, "product_variant", requested)
  const json = await oneJson(c, { entity: "product_variant", fields: selected, filters })
  return json ?? "{}"
}

const variantEnvelope = (json: string) => (json === "{}" ? "{}" : `{"variant":${json}}`)

/** The product of the route's `/:id`, re-read after a change of its variants. */
const product = ({ container, params, query }: IdFieldsRequest) => productEnvelope(container, params.id, query.fields)

/** The variant of the route's `/:variant_id` (of any product), re-read after a change of its inventory items. */
const variant = async ({ container, params, query }: FieldsRequest & { params: { variant_id: string } }) =>
  variantEnvelope(await variantJson(container, { id: params.variant_id }, query.fields))

export async function variantRoutes(server: TypedServer) {
  server.get(
    "/products/:id/variants",
    { schema: { params: IdParams, querystring: ListVariantsQuery } },
    async (request, reply) => {
      const { id } = request.params
      const q = request.query
      const json = await listEnvelope(request.container, "variants", {
        entity: "product_variant",
        ...variantFields(request.container.core.schema, VARIANT_DEFAULT_FIELDS, q.fields),
        filters: { ...listVariantFilters(q), product_id: id },
        pagination: { skip: q.offset, take: q.limit, order: resolveOrder(q.order) },
      })
      return sendJson(reply, json)
    },
  )

  writeRoute(server, {
    path: "/products/:id/variants",
    schema: { params: IdParams, body: CreateProductVariantBody, querystring: RetrieveQuery },
    write: ({ container, params, body: { additional_data: _, ...body } }) =>
      createProductVariantsWorkflow(container, params.id, [body]),
    answer: product,
  })

  server.get(
    "/products/:id/variants/:variant_id",
    { schema: { params: pathParams("id", "variant_id"), querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id, variant_id } = request.params
      const json = await variantJson(request.container, { id: variant_id, product_id: id }, request.query.fields)
      return sendJson(reply, variantEnvelope(json))
    },
  )

  writeRoute(server, {
    path: "/products/:id/variants/:variant_id",
    schema: { params: pathParams("id", "variant_id"), body: UpdateProductVariantBody, querystring: RetrieveQuery },
    write: ({ container, params, body: { additional_data: _, id: __, ...body } }) =>
      updateProductVariantWorkflow(container, params.id, params.variant_id, body),
    answer: product,
  })

  deleteChildRoute(server, {
    path: "/products/:id/variants/:variant_id",
    schema: { params: pathParams("id", "variant_id"), querystring: RetrieveQuery },
    object: "variant",
    remove: ({ container, params }) => deleteProductVariantWorkflow(container, params.id, params.variant_id),
    id: ({ params }) => params.variant_id,
    parent: ({ container, params, query }) => productJson(container, params.id, query.fields),
  })

  writeRoute(server, {
    path: "/products/:id/variants/:variant_id/inventory-items",
    schema: { params: pathParams("id", "variant_id"), body: VariantInventoryItemBody, querystring: RetrieveQuery },
    write: ({ container, params, body }) =>
      linkVariantInventoryItemWorkflow(container, params.variant_id, body.inventory_item_id, body.required_quantity),
    answer: variant,
  })

  writeRoute(server, {
    path: "/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
    schema: {
      params: pathParams("id", "variant_id", "inventory_item_id"),
      body: VariantInventoryItemUpdateBody,
      querystring: RetrieveQuery,
    },
    write: ({ container, params, body }) =>
      updateVariantInventoryItemWorkflow(
        container,
        params.variant_id,
        params.inventory_item_id,
        body.required_quantity,
      ),
    answer: variant,
  })

  deleteChildRoute(server, {
    path: "/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
    schema: { params: pathParams("id", "variant_id", "inventory_item_id"), querystring: RetrieveQuery },
    object: "variant-inventory-item-link",
    remove: ({ container, params }) =>
      dismissVariantInventoryItemWorkflow(container, params.variant_id, params.inventory_item_id),
    // Medusa answers with the dismissed link's definition as the id
    id: ({ params: { variant_id, inventory_item_id } }) => ({
      product: { variant_id },
      inventory: { inventory_item_id },
    }),
    parent: ({ container, params, query }) => variantJson(container, { id: params.variant_id }, query.fields),
  })

  // Medusa answers with the link definitions it was given (not re-read), in its batch shape
  server.post(
    "/products/:id/variants/inventory-items/batch",
    { schema: { params: IdParams, body: VariantInventoryItemsBatchBody } },
    async (request) => {
      const body = request.body
      await batchVariantInventoryLinksWorkflow(request.container, body)
      const definition = (l: { variant_id: string; inventory_item_id: string; required_quantity?: number }) => ({
        product: { variant_id: l.variant_id },
        inventory: { inventory_item_id: l.inventory_item_id },
        ...(l.required_quantity === undefined ? {} : { data: { required_quantity: l.required_quantity } }),
      })
      return {
        created: (body.create ?? []).map(definition),
        updated: (body.update ?? []).map(definition),
        deleted: (body.delete ?? []).map(definition),
      }
    },
  )

  server.get("/product-variants", { schema: { querystring: ListVariantsQuery } }, async (request, reply) => {
    const q = request.query
    const json = await listEnvelope(request.container, "variants", {
      entity: "product_variant",
      ...variantFields(request.container.core.schema, PRODUCT_VARIANT_DEFAULT_FIELDS, q.fields),
      filters: listVariantFilters(q),
      pagination: { skip: q.offset, take: q.limit, order: resolveOrder(q.order) },
    })
    return sendJson(reply, json)
  })
}
