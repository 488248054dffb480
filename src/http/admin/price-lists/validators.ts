import { z } from "zod"
import { listQuery, metadata, operatorMap, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { CreatePriceListPrice } from "./price-validators.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filters = {
  q: text().optional(),
  id: stringOrArray().optional(),
  starts_at: operatorMap().optional(),
  ends_at: operatorMap().optional(),
  status: z.array(z.enum(["active", "draft"])).optional(),
  rules_count: z.array(z.coerce.number()).optional(),
}

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
