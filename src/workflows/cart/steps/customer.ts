import type { Container } from "../../../app/container.js"
import { notFound } from "../../../framework/errors.js"
import type { Row } from "../../../framework/service/index.js"

type Tx = Parameters<Parameters<Container["transaction"]>[0]>[0]

/**
 * Medusa's find-or-create-customer step: the cart's customer (the signed-in one, or the one it
 * already has) and the email the cart gets. With an email and no registered customer, the
 * guest customer of that email — created (has_account false, `customer.created`) when there is
 * none — so a guest checkout's order carries a customer as in Medusa. Nothing without either.
 */
export async function findOrCreateCustomer(
  tx: Tx,
  input: { customerId?: string | null; email?: string | null },
): Promise<{ customer?: Row; email?: string | null }> {
  if (!input.customerId && !input.email) return {}
  let customer: Row | undefined
  if (input.customerId) {
    ;[customer] = await tx.modules.customer.listCustomers({ id: input.customerId }, { take: 1 })
    if (!customer) throw notFound(`Customer with id: ${input.customerId} was not found`)
  }
  if (!input.email) return { customer, email: customer?.email ?? null }
  const email = input.email.toLowerCase() // Medusa's validateEmail: guests are kept lower-cased
  if (!customer)
    [customer] = await tx.modules.customer.listCustomers(
      { email },
      { take: 1, order: { has_account: "DESC", created_at: "ASC" } },
    )
  if (customer?.has_account) return { customer, email: customer.email }
  if (customer && customer.email !== email) {
    ;[customer] = await tx.modules.customer.listCustomers({ email, has_account: false }, { take: 1 })
  }
  if (!customer) {
    customer = await tx.modules.customer.createCustomers({ email, has_account: false })
    tx.emit("customer.created", { id: customer.id })
  }
  return { customer, email: customer.email }
}
