import type { FieldsRequest } from "../../helpers/typed-server.js"
import { notFound } from "../../../framework/errors.js"
import { resolveFields } from "../../helpers/fields.js"
import { oneJson } from "../../helpers/respond.js"
import { ALLOWED_ORDER_FIELDS, DEFAULT_ORDER_FIELDS, ORDER_DETAIL_FIELDS } from "./query-config.js"
import { supportedFields } from "../../helpers/supported-fields.js"

/**
 * The JSON of one (non-draft) order as the store order fields shape it, in one query. `detail`
 * adds what Medusa's get-order-detail workflow always adds (GET /store/orders/:id).
 */
export async function orderJson(
  request: FieldsRequest,
  id: string,
  options: { detail?: boolean } = {},
): Promise<string> {
  const { fields } = request.query
  const schema = request.container.core.schema
  let requested = resolveFields(DEFAULT_ORDER_FIELDS, fields, ALLOWED_ORDER_FIELDS)
  if (options.detail) requested = [...requested, ...ORDER_DETAIL_FIELDS.filter((f) => !requested.includes(f))]
  const json = await oneJson(request.container, {
    entity: "order",
    fields: supportedFields(schema, "order", requested),
    filters: { id, is_draft_order: false },
  })
  if (json === undefined) throw notFound(`Order id not found: ${id}`)
  return json
}
