import type { Container } from "../../../app/container.js"
import { invalidData, notFound } from "../../../framework/errors.js"

/**
 * Takes the cart's row lock for the rest of the transaction (Medusa's acquire-lock step on the
 * cart id): changes to one cart, and its completion, happen one after the other.
 */
export async function lockCart(c: Container, id: string, notFoundMessage = `Cart id not found: ${id}`): Promise<void> {
  if (!(await c.modules.cart.lock(id))) throw notFound(notFoundMessage)
}

/** Locks the cart (404 with `notFoundMessage` when it is missing) and reads `fields` of it. */
export async function lockAndReadCart<T>(
  c: Container,
  id: string,
  fields: string[],
  notFoundMessage = `Cart id not found: ${id}`,
): Promise<T> {
  await lockCart(c, id, notFoundMessage)
  const { data } = await c.query.graph<T>({ entity: "cart", fields, filters: { id }, pagination: { take: 1 } })
  if (!data[0]) throw notFound(notFoundMessage)
  return data[0]
}

/** Medusa's validate-cart step. */
export function assertNotCompleted(cart: { id: string; completed_at: string | null }) {
  if (cart.completed_at) throw invalidData(`Cart ${cart.id} is already completed.`)
}
