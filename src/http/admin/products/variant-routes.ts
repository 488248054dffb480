import type { FastifyInstance } from "fastify"
import type { z } from "zod"
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

type Fields = { fields?: string }
type VariantParams = { id: string; variant_id: string }
type ItemParams = VariantParams & { inventory_item_id: string }

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

export async function variantRoutes(server: FastifyInstance) {
  server.get("/products/:id/variants", { schema: { querystring: ListVariantsQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    const q = request.query as z.infer<typeof ListVariantsQuery>
    const json = await listEnvelope(request.container, "variants", {
      entity: "product_variant",
      ...variantFields(request.container.core.schema, VARIANT_DEFAULT_FIELDS, q.fields),
      filters: { ...listVariantFilters(q), product_id: id },
      pagination: { skip: q.offset, take: q.limit, order: resolveOrder(q.order) },
    })
    return sendJson(reply, json)
  })

  server.post(
    "/products/:id/variants",
    { schema: { body: CreateProductVariantBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { additional_data: _, ...body } = request.body as z.infer<typeof CreateProductVariantBody>
      await createProductVariantsWorkflow(request.container, id, [body])
      return sendJson(reply, await productEnvelope(request.container, id, (request.query as Fields).fields))
    },
  )

  server.get(
    "/products/:id/variants/:variant_id",
    { schema: { querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id, variant_id } = request.params as VariantParams
      const json = await variantJson(
        request.container,
        { id: variant_id, product_id: id },
        (request.query as Fields).fields,
      )
      return sendJson(reply, variantEnvelope(json))
    },
  )

  server.post(
    "/products/:id/variants/:variant_id",
    { schema: { body: UpdateProductVariantBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id, variant_id } = request.params as VariantParams
      const { additional_data: _, id: __, ...body } = request.body as z.infer<typeof UpdateProductVariantBody>
      await updateProductVariantWorkflow(request.container, id, variant_id, body)
      return sendJson(reply, await productEnvelope(request.container, id, (request.query as Fields).fields))
    },
  )

  server.delete(
    "/products/:id/variants/:variant_id",
    { schema: { querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id, variant_id } = request.params as VariantParams
      await deleteProductVariantWorkflow(request.container, id, variant_id)
      const parent = await productJson(request.container, id, (request.query as Fields).fields)
      return sendJson(
        reply,
        `{"id":${JSON.stringify(variant_id)},"object":"variant","deleted":true,"parent":${parent}}`,
      )
    },
  )

  server.post(
    "/products/:id/variants/:variant_id/inventory-items",
    { schema: { body: VariantInventoryItemBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { variant_id } = request.params as VariantParams
      const body = request.body as z.infer<typeof VariantInventoryItemBody>
      await linkVariantInventoryItemWorkflow(
        request.container,
        variant_id,
        body.inventory_item_id,
        body.required_quantity,
      )
      const json = await variantJson(request.container, { id: variant_id }, (request.query as Fields).fields)
      return sendJson(reply, variantEnvelope(json))
    },
  )

  server.post(
    "/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
    { schema: { body: VariantInventoryItemUpdateBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { variant_id, inventory_item_id } = request.params as ItemParams
      const body = request.body as z.infer<typeof VariantInventoryItemUpdateBody>
      await updateVariantInventoryItemWorkflow(request.container, variant_id, inventory_item_id, body.required_quantity)
      const json = await variantJson(request.container, { id: variant_id }, (request.query as Fields).fields)
      return sendJson(reply, variantEnvelope(json))
    },
  )

  server.delete(
    "/products/:id/variants/:variant_id/inventory-items/:inventory_item_id",
    { schema: { querystring: RetrieveQuery } },
    async (request, reply) => {
      const { variant_id, inventory_item_id } = request.params as ItemParams
      await dismissVariantInventoryItemWorkflow(request.container, variant_id, inventory_item_id)
      const parent = await variantJson(request.container, { id: variant_id }, (request.query as Fields).fields)
      // Medusa answers with the dismissed link's definition as the id
      const id = JSON.stringify({ product: { variant_id }, inventory: { inventory_item_id } })
      return sendJson(reply, `{"id":${id},"object":"variant-inventory-item-link","deleted":true,"parent":${parent}}`)
    },
  )

  // Medusa answers with the link definitions it was given (not re-read), in its batch shape
  server.post(
    "/products/:id/variants/inventory-items/batch",
    { schema: { body: VariantInventoryItemsBatchBody } },
    async (request) => {
      const body = request.body as z.infer<typeof VariantInventoryItemsBatchBody>
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
    const q = request.query as z.infer<typeof ListVariantsQuery>
    const json = await listEnvelope(request.container, "variants", {
      entity: "product_variant",
      ...variantFields(request.container.core.schema, PRODUCT_VARIANT_DEFAULT_FIELDS, q.fields),
      filters: listVariantFilters(q),
      pagination: { skip: q.offset, take: q.limit, order: resolveOrder(q.order) },
    })
    return sendJson(reply, json)
  })
}
