import type { Container } from "../../app/container.js"
import { retireAuthIdentities } from "../common/retire-auth-identities.js"

/**
 * remove-customer-account (DELETE /admin/customers/:id): soft-delete the customer and its
 * addresses · retire its auth identity (removed, unless it also serves another actor type: then
 * only `customer_id` is cleared) · emit `customer.deleted`. An unknown id is no error, as in Medusa.
 */
export function removeCustomerAccountWorkflow(c: Container, customerId: string): Promise<void> {
  return c.transaction(async (tx) => {
    const removed = await tx.modules.customer.softDeleteCustomers([customerId])
    await retireAuthIdentities(tx, "customer_id", customerId)
    for (const id of removed.customer_id ?? []) tx.emit("customer.deleted", { id })
  })
}
