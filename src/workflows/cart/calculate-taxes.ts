import type { Container } from "../../app/container.js"
import { cartForChange } from "./steps/cart-for-change.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import { refreshTaxLines } from "./steps/tax-lines.js"

/**
 * Medusa's update-tax-lines with `force_tax_calculation` (POST /store/carts/:id/taxes): lock the
 * cart · not completed · its tax lines from its shipping address, whatever the region's
 * automatic_taxes (a cart without a shipping country is refused).
 */
export function calculateCartTaxesWorkflow(c: Container, cartId: string): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, cartId)
    assertNotCompleted(cart)
    await refreshTaxLines(tx, cart.id, true)
  })
}
