import type { Container } from "../../../app/container.js"
import type { GraphInput } from "../../../framework/query/index.js"
import { oneEnvelope, oneJson } from "../../helpers/respond.js"
import { productFields, productOrder } from "./admin-fields.js"

export const productQuery = <I extends string | string[]>(c: Container, id: I, param: string | undefined) => {
  const fields = productFields(c.core.schema, param)
  return { entity: "product", fields, filters: { id }, pagination: { order: productOrder(undefined, fields) } }
}

/** `{"product": {...}}` re-read with the route's fields, or not_found with the route's message. */
export function productEnvelope(
  c: Container,
  id: string,
  fields: string | undefined,
  notFoundMessage = "Product not found",
): Promise<string> {
  return oneEnvelope(c, "product", productQuery(c, id, fields), notFoundMessage)
}

/** The product's JSON text (`{}` when it is gone, as Medusa renders a missing parent). */
export async function productJson(c: Container, id: string, fields: string | undefined): Promise<string> {
  return (await oneJson(c, productQuery(c, id, fields))) ?? "{}"
}

/** The JSON array text of the records with these ids (id order, as Medusa's refetch); `[]`, without a query, for none. */
export async function recordsJson(c: Container, input: GraphInput & { filters: { id: string[] } }): Promise<string> {
  if (input.filters.id.length === 0) return "[]"
  return (await c.query.graphJson(input, { count: false })).json
}
