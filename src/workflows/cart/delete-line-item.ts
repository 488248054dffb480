import type { Container } from "../../app/container.js"
import { cartForChange } from "./steps/cart-for-change.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import { refreshCart } from "./steps/refresh-cart.js"

/**
 * delete-line-items: lock the cart · not completed · remove the line (a line that is not in the
 * cart is ignored, as in Medusa) · `refreshCart` (tax lines, promotions, payment collection) ·
 * emit `cart.updated`.
 */
export function deleteLineItemWorkflow(c: Container, cartId: string, lineId: string): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, cartId, `Cart with id '${cartId}' not found`)
    assertNotCompleted(cart)
    if (cart.items.some((i) => i.id === lineId)) await tx.modules.cart.softDeleteLineItems([lineId])
    await refreshCart(tx, cart.id)
    tx.emit("cart.updated", { id: cart.id })
  })
}
