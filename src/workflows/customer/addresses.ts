import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import type { AddressFields } from "../common/address-fields.js"

export interface AddressInput extends AddressFields {
  address_name?: string | null
  is_default_shipping?: boolean
  is_default_billing?: boolean
}

type Tx = Parameters<Parameters<Container["transaction"]>[0]>[0]

/** maybe-unset-default-{shipping,billing}-addresses: a new default replaces the customer's old one. */
async function unsetDefaults(tx: Tx, customerId: string, input: AddressInput) {
  for (const flag of ["is_default_shipping", "is_default_billing"] as const) {
    if (input[flag])
      await tx.modules.customer.updateCustomerAddresses({
        selector: { customer_id: customerId, [flag]: true },
        data: { [flag]: false },
      })
  }
}

/** create-customer-addresses: unset the old defaults · create the address. */
export function createCustomerAddressWorkflow(c: Container, customerId: string, input: AddressInput): Promise<Row> {
  return c.transaction(async (tx) => {
    await unsetDefaults(tx, customerId, input)
    return tx.modules.customer.createCustomerAddresses({ ...input, customer_id: customerId })
  })
}

/** update-customer-addresses: unset the old defaults · update the customer's address (404 when not theirs). */
export function updateCustomerAddressWorkflow(
  c: Container,
  customerId: string,
  id: string,
  input: AddressInput,
): Promise<void> {
  return c.transaction(async (tx) => {
    await unsetDefaults(tx, customerId, input)
    await tx.modules.customer.updateCustomerAddresses({ selector: { id, customer_id: customerId }, data: input })
  })
}

/** delete-customer-addresses: remove the address (soft) when it is the customer's; nothing otherwise. */
export function deleteCustomerAddressWorkflow(c: Container, customerId: string, id: string): Promise<void> {
  return c.transaction(async (tx) => {
    const [own] = await tx.modules.customer.listCustomerAddresses(
      { id, customer_id: customerId },
      { select: ["id"], take: 1 },
    )
    if (own) await tx.modules.customer.softDeleteCustomerAddresses([id])
  })
}
