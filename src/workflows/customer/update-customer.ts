import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import type { CustomerInput } from "./create-customers.js"

/** update-customers: update the customer (404 when unknown; metadata merges) · emit `customer.updated`. */
export function updateCustomerWorkflow(c: Container, id: string, input: CustomerInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const customer = await tx.modules.customer.updateCustomers(id, input)
    tx.emit("customer.updated", { id })
    return customer
  })
}
