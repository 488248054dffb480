import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import type { Container } from "../../../app/container.js"
import type { BatchResult } from "../../../workflows/product/batch-products.js"
import { batchProductsWorkflow } from "../../../workflows/product/batch-products.js"
import { batchProductVariantsWorkflow } from "../../../workflows/product/batch-product-variants.js"
import { sendJson } from "../../helpers/respond.js"
import { variantFields } from "./admin-fields.js"
import { BatchProductsBody, BatchProductVariantsBody } from "./batch-validators.js"
import { productQuery, recordsJson } from "./product-response.js"
import { VARIANT_DEFAULT_FIELDS } from "./query-config.js"
import { RetrieveQuery } from "./validators.js"

/**
 * Medusa's batch response: the created and the updated records re-read with the route's
 * fields (one statement each), and `deleted` echoing the ids asked for.
 */
async function batchResponse(
  result: BatchResult,
  object: string,
  read: (ids: string[]) => Promise<string>,
): Promise<string> {
  const deleted = JSON.stringify({ ids: result.deleted, object, deleted: true })
  return `{"created":${await read(result.created)},"updated":${await read(result.updated)},"deleted":${deleted}}`
}

const readVariants = (c: Container, fields: string | undefined) => (ids: string[]) =>
  recordsJson(c, {
    entity: "product_variant",
    ...variantFields(c.core.schema, VARIANT_DEFAULT_FIELDS, fields),
    filters: { id: ids },
  })

export async function batchRoutes(server: TypedServer) {
  server.post(
    "/products/batch",
    { schema: { body: BatchProductsBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const body = request.body
      const result = await batchProductsWorkflow(request.container, {
        create: body.create,
        update: body.update?.map(({ options: _, ...update }) => update),
        delete: body.delete,
      })
      const { fields } = request.query
      return sendJson(
        reply,
        await batchResponse(result, "product", (ids) =>
          recordsJson(request.container, productQuery(request.container, ids, fields)),
        ),
      )
    },
  )

  server.post(
    "/products/:id/variants/batch",
    { schema: { params: IdParams, body: BatchProductVariantsBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const result = await batchProductVariantsWorkflow(request.container, id, request.body)
      return sendJson(
        reply,
        await batchResponse(result, "variant", readVariants(request.container, request.query.fields)),
      )
    },
  )
}
