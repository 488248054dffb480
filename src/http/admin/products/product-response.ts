import type { Container } from "../../../app/container.js"
import { oneEnvelope, oneJson } from "../../helpers/respond.js"
import { productFields, productOrder } from "./admin-fields.js"

export const productQuery = (id: string, param: string | undefined) => {
  const fields = productFields(param)
  return { entity: "product", fields, filters: { id }, pagination: { order: productOrder(undefined, fields) } }
}

/** `{"product": {...}}` re-read with the route's fields, or not_found with the route's message. */
export function productEnvelope(c: Container, id: string, fields: string | undefined, notFoundMessage = "Product not found"): Promise<string> {
  return oneEnvelope(c, "product", productQuery(id, fields), notFoundMessage)
}

/** The product's JSON text (`{}` when it is gone, as Medusa renders a missing parent). */
export async function productJson(c: Container, id: string, fields: string | undefined): Promise<string> {
  return (await oneJson(c, productQuery(id, fields))) ?? "{}"
}
