import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { z } from "zod"
import { resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { knownFields } from "../../helpers/supported-fields.js"
import {
  andOrOperators,
  listFilterValues,
  listParams,
  operatorMap,
  queryBoolean,
  retrieveParams,
  stringOrArray,
  text,
} from "../../validation/common.js"

// Medusa's defaults; `products.*` is left out (an option belongs to one product here, `product`)
const DEFAULT_FIELDS = ["id", "title", "is_exclusive", "values.*", "products.*", "created_at", "updated_at", "metadata"]
const filters = {
  q: text().optional(),
  id: stringOrArray().optional(),
  title: stringOrArray().optional(),
  is_exclusive: queryBoolean().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}
const ListOptionsQuery = z.object({ ...listParams(20), ...filters, ...andOrOperators(filters) }).strict()
const RetrieveOptionQuery = z.object(retrieveParams()).strict()

/** GET /admin/product-options: the products' options (the dashboard's Product options page
 * lists the shared ones, `is_exclusive=false`). Options are made and changed under their product. */
export async function productOptionRoutes(server: TypedServer) {
  server.get("/product-options", { schema: { querystring: ListOptionsQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted, ...where } = request.query
    const json = await listEnvelope(request.container, "product_options", {
      entity: "product_option",
      fields: knownFields("product_option", DEFAULT_FIELDS, fields),
      filters: listFilterValues(where),
      pagination: { skip: offset, take: limit, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })

  server.get(
    "/product-options/:id",
    { schema: { params: IdParams, querystring: RetrieveOptionQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { fields } = request.query
      const option = await oneJson(request.container, {
        entity: "product_option",
        fields: knownFields("product_option", DEFAULT_FIELDS, fields),
        filters: { id },
      })
      // as Medusa answers an unknown id on this route
      return sendJson(reply, option === undefined ? "{}" : `{"product_option":${option}}`)
    },
  )
}
