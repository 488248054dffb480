import type { FastifyReply } from "fastify"
import type { FieldsRequest } from "../../helpers/typed-server.js"
import { resolveFields } from "../../helpers/fields.js"
import { oneEnvelope, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { ALLOWED_CART_FIELDS, DEFAULT_CART_FIELDS } from "./query-config.js"

/** The cart's fields for this request: Medusa's defaults, `fields`, the store allow-list. */
export function cartFields(request: FieldsRequest): string[] {
  const { fields } = request.query
  const schema = request.container.core.schema
  return supportedFields(schema, "cart", resolveFields(DEFAULT_CART_FIELDS, fields, ALLOWED_CART_FIELDS))
}

/** `{cart}` re-read in one query (Medusa's refetchCart). */
export async function cartJson(request: FieldsRequest, id: string): Promise<string> {
  return oneEnvelope(
    request.container,
    "cart",
    { entity: "cart", fields: cartFields(request), filters: { id } },
    `Cart with id '${id}' not found`,
  )
}

export async function sendCart(request: FieldsRequest, reply: FastifyReply, id: string) {
  return sendJson(reply, await cartJson(request, id))
}
