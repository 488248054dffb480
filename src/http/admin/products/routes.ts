import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { createProductsWorkflow } from "../../../workflows/product/create-products.js"
import { deleteProductsWorkflow } from "../../../workflows/product/delete-products.js"
import { updateProductWorkflow } from "../../../workflows/product/update-product.js"
import { resolveOrder } from "../../helpers/fields.js"
import { deleteEnvelope, listEnvelope, sendJson } from "../../helpers/respond.js"
import { listProductFilters } from "./list-filters.js"
import { productEnvelope } from "./product-response.js"
import { productFields, productOrder } from "./admin-fields.js"
import { CreateProductBody, ListProductsQuery, RetrieveQuery, UpdateProductBody } from "./validators.js"
import { batchRoutes } from "./batch-routes.js"
import { optionRoutes } from "./option-routes.js"
import { variantRoutes } from "./variant-routes.js"

export async function productRoutes(server: TypedServer) {
  server.get("/products", { schema: { querystring: ListProductsQuery } }, async (request, reply) => {
    const q = request.query
    const fields = productFields(request.container.core.schema, q.fields)
    const json = await listEnvelope(request.container, "products", {
      entity: "product",
      fields,
      filters: listProductFilters(q),
      pagination: { skip: q.offset, take: q.limit, order: productOrder(resolveOrder(q.order), fields) },
      withDeleted: q.with_deleted === true,
    })
    return sendJson(reply, json)
  })

  server.post(
    "/products",
    { schema: { body: CreateProductBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { additional_data: _, ...body } = request.body
      const [id] = await createProductsWorkflow(request.container, [body])
      return sendJson(reply, await productEnvelope(request.container, id, request.query.fields))
    },
  )

  server.get("/products/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params
    return sendJson(reply, await productEnvelope(request.container, id, request.query.fields))
  })

  server.post(
    "/products/:id",
    { schema: { params: IdParams, body: UpdateProductBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { additional_data: _, options: __, ...body } = request.body
      await updateProductWorkflow(request.container, id, body)
      return sendJson(
        reply,
        await productEnvelope(request.container, id, request.query.fields, `Product with id "${id}" not found`),
      )
    },
  )

  server.delete("/products/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request) => {
    const { id } = request.params
    await deleteProductsWorkflow(request.container, [id])
    return deleteEnvelope(id, "product")
  })

  await variantRoutes(server)
  await batchRoutes(server)
  await optionRoutes(server)
}
