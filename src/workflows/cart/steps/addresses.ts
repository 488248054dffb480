import type { Container } from "../../../app/container.js"
import { missingRelation, notFound } from "../../../framework/errors.js"
import type { AddressFields } from "../../common/address-fields.js"

/** An address given in a cart request; with an `id`, the address of that id updated. */
export interface AddressInput extends AddressFields {
  id?: string
}

/**
 * The address id a cart points at for an address given in a request: a string is an existing
 * address's id, an object with an id updates that address, any other object becomes a new
 * address. Country codes are stored lower-case. Unknown ids are 404s in Medusa's words, which
 * name the cart's column (`shipping_address_id` / `billing_address_id`) for a string id.
 */
export async function upsertCartAddress(
  c: Container,
  input: AddressInput | string,
  column: "shipping_address_id" | "billing_address_id",
): Promise<string> {
  if (typeof input === "string") {
    const [found] = await c.modules.cart.listAddresses({ id: input }, { select: ["id"], take: 1 })
    if (!found) throw missingRelation(column, input)
    return input
  }
  const { id, ...data } = input
  if (typeof data.country_code === "string") data.country_code = data.country_code.toLowerCase()
  if (id) {
    const [updated] = await c.modules.cart.updateAddresses({ selector: { id }, data })
    if (!updated) throw notFound(`Address with id "${id}" not found`)
    return id
  }
  const created = await c.modules.cart.createAddresses(data)
  return created.id
}
