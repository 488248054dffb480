import { model } from "./define.js"
import { rawColumn } from "./raw-column.js"

/**
 * Column groups that several modules declare alike, spread into a model where the columns stand
 * (`{ id, ...addressColumns({ searchable: true }), phone, … }`): each call makes new builders.
 */

/** Medusa's address, `company` to `postal_code`, all nullable; `q` searches all but the country when `searchable`. */
export function addressColumns(options: { searchable: boolean }) {
  const text = () => (options.searchable ? model.text().searchable().nullable() : model.text().nullable())
  return {
    company: text(),
    first_name: text(),
    last_name: text(),
    address_1: text(),
    address_2: text(),
    city: text(),
    country_code: model.text().nullable(),
    province: text(),
    postal_code: text(),
  }
}

/** A price's amount in a currency, for a quantity range (Medusa's price columns). */
export const priceAmountColumns = () => ({
  currency_code: model.text(),
  amount: model.number(),
  min_quantity: model.number().nullable(),
  max_quantity: model.number().nullable(),
})

/** The `raw_` values of `priceAmountColumns`, as Medusa renders BigNumber columns. */
export const rawPriceAmounts = () => ({
  raw_amount: rawColumn("amount"),
  raw_min_quantity: rawColumn("min_quantity"),
  raw_max_quantity: rawColumn("max_quantity"),
})

/** A promotion adjustment of a line or shipping method (cart and order alike). */
export const adjustmentColumns = () => ({
  description: model.text().nullable(),
  code: model.text().nullable(),
  amount: model.number(),
  is_tax_inclusive: model.boolean().default(false),
  provider_id: model.text().nullable(),
  promotion_id: model.text().nullable(),
  metadata: model.json().nullable(),
})

/** A tax line of a line or shipping method; `more` columns stand before `metadata` (the cart's `data`). */
export const taxLineColumns = <M extends object = object>(more?: M) => ({
  description: model.text().nullable(),
  tax_rate_id: model.text().nullable(),
  code: model.text(),
  rate: model.number(),
  provider_id: model.text().nullable(),
  ...more,
  metadata: model.json().nullable(),
})
