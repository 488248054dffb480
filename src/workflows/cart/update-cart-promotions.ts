import type { Container } from "../../app/container.js"
import { cartForChange } from "./steps/cart-for-change.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import type { PromotionChange } from "./steps/promotions.js"
import { refreshCart } from "./steps/refresh-cart.js"

/**
 * update-cart-promotions (POST / DELETE /store/carts/:id/promotions): lock the cart · not
 * completed · apply the codes (an unknown one is Medusa's 400) with the automatic promotions ·
 * refresh the payment collection (`refreshCart`, tax lines left as they are) · emit `cart.updated`.
 */
export function updateCartPromotionsWorkflow(c: Container, cartId: string, change: PromotionChange): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, cartId)
    assertNotCompleted(cart)
    // only the adjustments change: the tax lines stand
    await refreshCart(tx, cart.id, { promotions: change, taxLines: false })
    tx.emit("cart.updated", { id: cart.id })
  })
}
