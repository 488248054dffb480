import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"

export interface CustomerInput {
  email?: string | null
  company_name?: string | null
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * create-customers (POST /admin/customers): create the customer (a guest: has_account false;
 * a second live guest with the same email is Medusa's unique-index 400) · emit `customer.created`.
 */
export function createCustomerWorkflow(
  c: Container,
  input: CustomerInput & { created_by?: string | null },
): Promise<Row> {
  return c.transaction(async (tx) => {
    const customer = await tx.modules.customer.createCustomers({ ...input, has_account: false })
    tx.emit("customer.created", { id: customer.id })
    return customer
  })
}
