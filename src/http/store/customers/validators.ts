import { z } from "zod"
import { AddressPayload } from "../carts/validators.js"
import { metadata, plainListQuery, retrieveParams, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"

export const CustomerQuery = z.object(retrieveParams()).strict()

const email = () => z.string().max(65_536).email().nullish()

const customerFields = {
  company_name: text().nullish(),
  first_name: text().nullish(),
  last_name: text().nullish(),
  phone: text().nullish(),
  metadata: metadata().optional(),
}

/** POST /store/customers (Medusa's StoreCreateCustomer); the email may differ from the login's. */
export const CreateCustomerBody = z.object({ email: email(), ...customerFields }).strict()

/** POST /store/customers/me: everything but the email. */
export const UpdateCustomerBody = z.object(customerFields).strict()

/** Medusa's StoreCreateCustomerAddress (AddressPayload + name and default flags); also the update. */
export const AddressBody = AddressPayload.extend({
  address_name: text().nullish(),
  is_default_shipping: z.boolean().optional(),
  is_default_billing: z.boolean().optional(),
})

export const ListAddressesQuery = plainListQuery(DEFAULT_LIMIT, {
  q: text().optional(),
  ...stringFilters("city", "country_code", "postal_code"),
})
