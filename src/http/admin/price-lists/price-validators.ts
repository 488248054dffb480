import { z } from "zod"
import { batchBody, plainListQuery, text } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** The bodies and queries of price-routes.ts: a list's prices, and the products whose prices it drops. */

/** A price's rules: Medusa's `{ attribute: value }`; salesgraph also takes `sales_channel_id: [ids]`. */
const priceRules = z.record(z.string(), z.union([text(), z.array(text())]))

const price = {
  currency_code: text(),
  amount: z.number(),
  variant_id: text(),
  min_quantity: z.number().nullish(),
  max_quantity: z.number().nullish(),
  rules: priceRules.optional(),
}
export const CreatePriceListPrice = z.object(price).strict()
export const UpdatePriceListPrice = z
  .object({ ...price, id: text(), currency_code: text().optional(), amount: z.number().optional() })
  .strict()

export const BatchPricesBody = batchBody(CreatePriceListPrice, UpdatePriceListPrice)

export const RemoveProductsBody = z.object({ remove: z.array(text()).optional() }).strict()

export const ListPricesQuery = plainListQuery(DEFAULT_LIMIT, {})
