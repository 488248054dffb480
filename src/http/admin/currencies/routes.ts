import { pathParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { z } from "zod"
import { resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { knownFields } from "../../helpers/supported-fields.js"
import {
  andOrOperators,
  listFilterValues,
  listParams,
  retrieveParams,
  stringOrArray,
  text,
} from "../../validation/common.js"

const DEFAULT_FIELDS = ["code", "name", "symbol", "symbol_native", "decimal_digits", "rounding"]
const filters = { q: text().optional(), code: stringOrArray().optional() }
const ListCurrenciesQuery = z.object({ ...listParams(200), ...filters, ...andOrOperators(filters) }).strict()
const RetrieveCurrencyQuery = z.object(retrieveParams()).strict()

/** /admin/currencies: Medusa's ISO 4217 table (the store module's currency rows), read-only. */
export async function currencyRoutes(server: TypedServer) {
  server.get("/currencies", { schema: { querystring: ListCurrenciesQuery } }, async (request, reply) => {
    const { fields, limit, offset, order, with_deleted, ...where } = request.query
    const json = await listEnvelope(request.container, "currencies", {
      entity: "currency",
      fields: knownFields("currency", DEFAULT_FIELDS, fields),
      filters: listFilterValues(where),
      pagination: { skip: offset, take: limit, order: resolveOrder(order ?? "code") },
    })
    return sendJson(reply, json)
  })

  server.get(
    "/currencies/:code",
    { schema: { params: pathParams("code"), querystring: RetrieveCurrencyQuery } },
    async (request, reply) => {
      const { code } = request.params
      const { fields } = request.query
      const read = { entity: "currency", fields: knownFields("currency", DEFAULT_FIELDS, fields), filters: { code } }
      return sendJson(
        reply,
        await oneEnvelope(request.container, "currency", read, `Currency with code: ${code} was not found`),
      )
    },
  )
}
