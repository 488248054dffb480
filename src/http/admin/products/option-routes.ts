import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { likeSubstring } from "../../../framework/query/index.js"
import { batchProductOptionsWorkflow } from "../../../workflows/product/batch-product-options.js"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { ListProductOptionsQuery, ProductOptionsBatchBody } from "./option-validators.js"
import { productEnvelope } from "./product-response.js"
import { writeRoute } from "../../helpers/write-route.js"
import { OPTION_DEFAULT_FIELDS } from "./query-config.js"
import { RetrieveQuery } from "./validators.js"

type Filters = { [key: string]: unknown; q?: string; $and?: Filters[]; $or?: Filters[] }

/** Medusa searches an option's title with `q` (here the title is not a searchable column: an ILIKE on it). */
function optionFilters({ q, $and, $or, ...rest }: Filters): Filters {
  const out: Filters = { ...rest }
  if (q) out.$and = [{ title: { $ilike: likeSubstring(q) } }]
  if ($and) out.$and = [...(out.$and ?? []), ...$and.map(optionFilters)]
  if ($or) out.$or = $or.map(optionFilters)
  return out
}

/**
 * GET /admin/products/:id/options: the product's options (here each option belongs to one
 * product, `product_option.product_id`; Medusa links options to products many-to-many). An
 * unknown product has none, as in Medusa. Medusa 2.21.2 has no per-option route under a product;
 * POST /admin/products/:id/options/batch adds (creates) and removes a product's options.
 */
export async function optionRoutes(server: TypedServer) {
  server.get(
    "/products/:id/options",
    { schema: { params: IdParams, querystring: ListProductOptionsQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { fields, limit, offset, order, with_deleted, ...filters } = request.query
      const json = await listEnvelope(request.container, "product_options", {
        entity: "product_option",
        fields: supportedFields(
          request.container.core.schema,
          "product_option",
          resolveFields(OPTION_DEFAULT_FIELDS, fields),
        ),
        filters: { ...optionFilters(filters), product_id: id },
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
        withDeleted: with_deleted === true,
      })
      return sendJson(reply, json)
    },
  )

  writeRoute(server, {
    path: "/products/:id/options/batch",
    schema: { params: IdParams, body: ProductOptionsBatchBody, querystring: RetrieveQuery },
    write: ({ container, params, body }) => batchProductOptionsWorkflow(container, params.id, body),
    answer: ({ container, params, query }) => productEnvelope(container, params.id, query.fields),
  })
}
