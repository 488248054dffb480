import type { Container } from "../../../app/container.js"

/**
 * Medusa's refresh-payment-collection-for-cart: when the cart's total or currency no longer
 * matches its payment collection, the collection takes the new amount and its sessions are
 * dropped (they were started for the old amount).
 */
export async function refreshPaymentCollection(c: Container, cartId: string): Promise<void> {
  const { data } = await c.query.graph<{
    total: number
    currency_code: string
    payment_collection: { id: string; amount: number; currency_code: string; payment_sessions: { id: string }[] } | null
  }>({
    entity: "cart",
    fields: [
      "id",
      "total",
      "currency_code",
      "payment_collection.id",
      "payment_collection.amount",
      "payment_collection.currency_code",
      "payment_collection.payment_sessions.id",
    ],
    filters: { id: cartId },
  })
  const collection = data[0]?.payment_collection
  if (!collection) return
  const cart = data[0]
  if (Number(collection.amount) === Number(cart.total) && collection.currency_code === cart.currency_code) return
  await c.modules.payment.updatePaymentCollections(collection.id, {
    amount: cart.total,
    currency_code: cart.currency_code,
  })
  await c.modules.payment.deletePaymentSessions(collection.payment_sessions.map((s) => s.id))
}
