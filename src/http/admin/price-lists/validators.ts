import { z } from "zod"
import {
  listParams,
  listQuery,
  metadata,
  operatorMap,
  retrieveParams,
  stringOrArray,
  text,
} from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filters = {
  q: text().optional(),
  id: stringOrArray().optional(),
  starts_at: operatorMap().optional(),
  ends_at: operatorMap().optional(),
  status: z.array(z.enum(["active", "draft"])).optional(),
  rules_count: z.array(z.coerce.number()).optional(),
}

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

const list = {
  title: text(),
  description: text(),
  starts_at: text().nullish(),
  ends_at: text().nullish(),
  status: z.enum(["active", "draft"]).optional(),
  type: z.enum(["sale", "override"]).optional(),
  rules: z.record(z.string(), z.array(text())).optional(),
  metadata: metadata().nullish(),
}

/** Medusa 2.21.2's price list validators. */
export const PriceListSchemas = {
  list: listQuery(DEFAULT_LIMIT, filters),
  retrieve: z.object(retrieveParams()).strict(),
  create: z.object({ ...list, prices: z.array(CreatePriceListPrice).optional() }).strict(),
  update: z.object({ ...list, title: text().optional(), description: text().nullish() }).strict(),
}

export const BatchPricesBody = z
  .object({
    create: z.array(CreatePriceListPrice).optional(),
    update: z.array(UpdatePriceListPrice).optional(),
    delete: z.array(text()).optional(),
  })
  .strict()

export const RemoveProductsBody = z.object({ remove: z.array(text()).optional() }).strict()

export const ListPricesQuery = z.object(listParams(DEFAULT_LIMIT)).strict()
