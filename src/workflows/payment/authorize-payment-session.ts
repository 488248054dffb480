import type { Container } from "../../app/container.js"

/**
 * Authorizes a session of the system provider (`pp_system_default` authorizes at once): the
 * session becomes authorized, a payment is recorded for its amount, and the collection is
 * authorized for it. Runs inside the completing transaction.
 */
export async function authorizePaymentSession(
  tx: Container,
  session: { id: string; amount: number; currency_code: string; provider_id: string; payment_collection_id: string },
): Promise<{ id: string }> {
  await tx.modules.payment.updatePaymentSessions(session.id, {
    status: "authorized",
    authorized_at: new Date().toISOString(),
  })
  const payment = await tx.modules.payment.createPayments({
    amount: session.amount,
    currency_code: session.currency_code,
    provider_id: session.provider_id,
    data: {},
    payment_collection_id: session.payment_collection_id,
    payment_session_id: session.id,
  })
  await tx.modules.payment.updatePaymentCollections(session.payment_collection_id, {
    status: "authorized",
    authorized_amount: session.amount,
    captured_amount: 0,
    refunded_amount: 0,
  })
  return { id: payment.id }
}
