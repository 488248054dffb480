import type { Container } from "../../../app/container.js"
import { invalidData, notFound } from "../../../framework/errors.js"

/**
 * Takes the cart's row lock for the rest of the transaction (Medusa's acquire-lock step on the
 * cart id): changes to one cart, and its completion, happen one after the other.
 */
export async function lockCart(c: Container, id: string, notFoundMessage = `Cart id not found: ${id}`): Promise<void> {
  if (!(await c.modules.cart.lock(id))) throw notFound(notFoundMessage)
}

/** Medusa's validate-cart step. */
export function assertNotCompleted(cart: { id: string; completed_at: string | null }) {
  if (cart.completed_at) throw invalidData(`Cart ${cart.id} is already completed.`)
}
