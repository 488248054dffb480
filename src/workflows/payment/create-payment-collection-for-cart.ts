import type { Container } from "../../app/container.js"
import { assertNotCompleted, lockCart } from "../cart/steps/lock-cart.js"

/**
 * create-payment-collection-for-cart: lock the cart · a cart that already has a collection
 * keeps it (the route answers with it, as Medusa's does) · not completed · create the
 * collection for the cart's total and currency · link cart ↔ collection.
 */
export function createPaymentCollectionForCartWorkflow(c: Container, cartId: string): Promise<{ id: string }> {
  return c.transaction(async (tx) => {
    await lockCart(tx, cartId)
    const { data } = await tx.query.graph<{
      id: string
      completed_at: string | null
      currency_code: string
      total: number
      payment_collection: { id: string } | null
    }>({
      entity: "cart",
      fields: ["id", "completed_at", "currency_code", "total", "payment_collection.id"],
      filters: { id: cartId },
    })
    const cart = data[0]
    if (cart.payment_collection) return { id: cart.payment_collection.id }
    assertNotCompleted(cart)
    const collection = await tx.modules.payment.createPaymentCollections({
      currency_code: cart.currency_code,
      amount: cart.total,
    })
    await tx.link.create({ cart: { cart_id: cart.id }, payment: { payment_collection_id: collection.id } })
    return { id: collection.id }
  })
}
