import type { Container } from "../../app/container.js"
import { cartForChange } from "./steps/cart-for-change.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import { refreshCartPromotions, type PromotionChange } from "./steps/promotions.js"
import { refreshPaymentCollection } from "./steps/refresh-payment-collection.js"

/**
 * update-cart-promotions (POST / DELETE /store/carts/:id/promotions): lock the cart · not
 * completed · apply the codes (an unknown one is Medusa's 400) with the automatic promotions ·
 * refresh the payment collection · emit `cart.updated`.
 */
export function updateCartPromotionsWorkflow(c: Container, cartId: string, change: PromotionChange): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, cartId)
    assertNotCompleted(cart)
    await refreshCartPromotions(tx, cart.id, change)
    await refreshPaymentCollection(tx, cart.id)
    tx.emit("cart.updated", { id: cart.id })
  })
}
