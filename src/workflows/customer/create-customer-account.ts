import type { Container } from "../../app/container.js"
import { invalidData, SalesgraphError } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import type { CustomerInput } from "./create-customers.js"

/**
 * create-customer-account (POST /store/customers with a registration token), in one transaction:
 * validate (an email, no account with it yet; a guest with it stays a guest) · create the
 * customer with has_account · bind it to the auth identity (app_metadata.customer_id) · emit
 * `customer.created`.
 */
export function createCustomerAccountWorkflow(
  c: Container,
  input: { customer: CustomerInput; authIdentityId: string },
): Promise<Row> {
  return c.transaction(async (tx) => {
    const { email } = input.customer
    if (!email) throw invalidData("Email is required to create a customer")
    const [account] = await tx.modules.customer.listCustomers({ email, has_account: true }, { select: ["id"], take: 1 })
    if (account)
      throw new SalesgraphError(
        "duplicate_error",
        "Customer with this email already has an account",
        "invalid_request_error",
      )

    const customer = await tx.modules.customer.createCustomers({ ...input.customer, has_account: true })
    const identity = await tx.modules.auth.retrieveAuthIdentity(input.authIdentityId, {
      select: ["id", "app_metadata"],
    })
    await tx.modules.auth.setAppMetadata(identity.id, { ...identity.app_metadata, customer_id: customer.id })
    tx.emit("customer.created", { id: customer.id })
    return customer
  })
}
