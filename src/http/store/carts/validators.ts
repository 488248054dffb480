import { z } from "zod"
import { metadata, retrieveParams, text } from "../../validation/common.js"

/** Query of every cart route: `fields` only. */
export const CartQuery = z.object(retrieveParams()).strict()

/** Medusa's AddressPayload (strict). */
export const AddressPayload = z
  .object({
    first_name: text().nullish(),
    last_name: text().nullish(),
    phone: text().nullish(),
    company: text().nullish(),
    address_1: text().nullish(),
    address_2: text().nullish(),
    city: text().nullish(),
    country_code: text().nullish(),
    province: text().nullish(),
    postal_code: text().nullish(),
    metadata: metadata().optional(),
  })
  .strict()

/** Medusa merges AddressPayload with a plain object: the merged schema drops unknown keys. */
const UpsertAddress = AddressPayload.extend({ id: text().optional() }).strip()

/** A requested line: unknown keys inside it are dropped, as Medusa's (non-strict) item schema does. */
const Item = z.object({
  variant_id: text(),
  quantity: z.number().int().gt(0),
  metadata: metadata().optional(),
})

const email = () => z.string().max(65_536).email().nullish()

export const CreateCartBody = z
  .object({
    region_id: text().nullish(),
    shipping_address: z.union([AddressPayload, text()]).optional(),
    billing_address: z.union([AddressPayload, text()]).optional(),
    email: email(),
    currency_code: text().nullish(),
    items: z.array(Item).max(1000).optional(),
    sales_channel_id: text().nullish(),
    promo_codes: z.array(text()).optional(),
    metadata: metadata().optional(),
    locale: text().nullish(),
    additional_data: metadata().optional(),
  })
  .strict()

export const UpdateCartBody = z
  .object({
    region_id: text().optional(),
    email: email(),
    billing_address: UpsertAddress.optional(),
    shipping_address: UpsertAddress.optional(),
    sales_channel_id: text().nullish(),
    metadata: metadata().optional(),
    promo_codes: z.array(text()).optional(),
    locale: text().nullish(),
    additional_data: metadata().optional(),
  })
  .strict()

export const AddLineItemBody = Item.strict()

export const UpdateLineItemBody = z
  .object({
    quantity: z.number().int().gte(0),
    metadata: metadata().optional(),
  })
  .strict()

const ShippingOption = z.object({ option_id: text(), data: z.record(z.string(), z.unknown()).optional() })
/** One option or a list of them; unknown keys inside are dropped (Medusa's union is not strict). */
export const AddShippingMethodBody = z.union([ShippingOption, z.array(ShippingOption).max(100)])

/**
 * Medusa's message for a single option without a string `option_id` (its union formatter
 * names the object's field with the types the union expected there and at the top).
 */
export function shippingMethodBodyError(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined
  const value = "option_id" in body ? body.option_id : undefined
  if (typeof value === "string") return undefined
  const expected = value === undefined ? "array" : "string, array"
  return `Invalid request: Expected type: '${expected}' for field 'option_id', got: '${String(value)}'`
}

export type CreateCartBodyT = z.infer<typeof CreateCartBody>
export type UpdateCartBodyT = z.infer<typeof UpdateCartBody>
