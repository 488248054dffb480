import type { FastifyInstance } from "fastify"
import type { z } from "zod"
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

type Fields = { fields?: string }

export async function productRoutes(server: FastifyInstance) {
  server.get("/products", { schema: { querystring: ListProductsQuery } }, async (request, reply) => {
    const q = request.query as z.infer<typeof ListProductsQuery>
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
      const { additional_data: _, ...body } = request.body as z.infer<typeof CreateProductBody>
      const [id] = await createProductsWorkflow(request.container, [body])
      return sendJson(reply, await productEnvelope(request.container, id, (request.query as Fields).fields))
    },
  )

  server.get("/products/:id", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    return sendJson(reply, await productEnvelope(request.container, id, (request.query as Fields).fields))
  })

  server.post(
    "/products/:id",
    { schema: { body: UpdateProductBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const { additional_data: _, options: __, ...body } = request.body as z.infer<typeof UpdateProductBody>
      await updateProductWorkflow(request.container, id, body)
      return sendJson(
        reply,
        await productEnvelope(
          request.container,
          id,
          (request.query as Fields).fields,
          `Product with id "${id}" not found`,
        ),
      )
    },
  )

  server.delete("/products/:id", { schema: { querystring: RetrieveQuery } }, async (request) => {
    const { id } = request.params as { id: string }
    await deleteProductsWorkflow(request.container, [id])
    return deleteEnvelope(id, "product")
  })

  await variantRoutes(server)
  await batchRoutes(server)
  await optionRoutes(server)
}
