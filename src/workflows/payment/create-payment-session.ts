import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import { lockCartOfPaymentCollection } from "../../links/cart-payment-lock.js"

export interface CreatePaymentSessionInput {
  provider_id: string
  data?: Record<string, unknown>
}

interface CollectionForSession {
  id: string
  amount: number
  currency_code: string
  payment_sessions: { id: string }[]
  cart: {
    id: string
    region_id: string | null
    completed_at: string | null
    region: { payment_providers: { id: string }[] } | null
  } | null
}

/**
 * create-payment-sessions: lock the cart and the collection · the provider must be enabled in the cart's
 * region (unless the cart is completed) and exist · the collection's earlier sessions are
 * removed (one active session, no split payments) · a pending session for the collection's
 * amount is created. The system provider needs no external step: completion authorizes it.
 */
export function createPaymentSessionWorkflow(
  c: Container,
  collectionId: string,
  input: CreatePaymentSessionInput,
): Promise<{ id: string }> {
  return c.transaction(async (tx) => {
    // the cart first, then the collection: the order cart changes and completion lock in
    await lockCartOfPaymentCollection(tx.db, collectionId)
    if (!(await tx.modules.payment.lockPaymentCollection(collectionId))) {
      throw notFound(`Payment collection with id: ${collectionId} was not found`)
    }
    const { data } = await tx.query.graph<CollectionForSession>({
      entity: "payment_collection",
      fields: [
        "id",
        "amount",
        "currency_code",
        "payment_sessions.id",
        "cart.id",
        "cart.region_id",
        "cart.completed_at",
        "cart.region.payment_providers.id",
      ],
      filters: { id: collectionId },
    })
    const collection = data[0]
    const cart = collection.cart
    if (cart?.region_id && !cart.completed_at) {
      const enabled = new Set((cart.region?.payment_providers ?? []).map((p) => p.id))
      if (!enabled.has(input.provider_id)) {
        throw invalidData(
          `Payment provider ${input.provider_id} is not enabled in the cart's region ${cart.region_id}.`,
        )
      }
    }
    const [provider] = await tx.modules.payment.listPaymentProviders(
      { id: input.provider_id, is_enabled: true },
      { take: 1 },
    )
    if (!provider) throw notFound(`Unable to retrieve the payment provider with id: ${input.provider_id}`)
    await tx.modules.payment.deletePaymentSessions(collection.payment_sessions.map((s) => s.id))
    const session = await tx.modules.payment.createPaymentSessions({
      payment_collection_id: collection.id,
      provider_id: input.provider_id,
      amount: collection.amount,
      currency_code: collection.currency_code,
      data: input.data ?? {},
      context: {},
      metadata: {},
      status: "pending",
    })
    return { id: session.id }
  })
}
