import { z } from "zod"
import { listQuery, metadata, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { dimensions } from "../../validation/dimensions.js"
import { numberFilter, stringFilters } from "../../validation/filters.js"
import { booleanString } from "../products/validators.js"
import { CreateLocationLevelBody } from "./level-validators.js"
import { DEFAULT_LIMIT } from "./query-config.js"

/** Admin inventory item bodies and queries (Medusa 2.21's validators; levels and reservations beside). */

const nullableText = () => text().nullish()

const itemFields = {
  sku: nullableText(),
  hs_code: nullableText(),
  ...dimensions(),
  origin_country: nullableText(),
  mid_code: nullableText(),
  material: nullableText(),
  unit_of_measure: nullableText(),
  title: nullableText(),
  description: nullableText(),
  requires_shipping: z.boolean().optional(),
  thumbnail: nullableText(),
  metadata: metadata().optional(),
}

export const CreateInventoryItemBody = z
  .object({ ...itemFields, location_levels: z.array(CreateLocationLevelBody).optional() })
  .strict()

export const UpdateInventoryItemBody = z.object(itemFields).strict()

export const RetrieveQuery = z.object(retrieveParams()).strict()

const itemFilterFields = {
  q: text().optional(),
  ...stringFilters("id", "sku", "origin_country", "mid_code", "hs_code", "material"),
  requires_shipping: booleanString().optional(),
  weight: numberFilter().optional(),
  length: numberFilter().optional(),
  height: numberFilter().optional(),
  width: numberFilter().optional(),
  location_levels: z.object({ location_id: stringOrArray().optional() }).optional(),
}

export const ListInventoryItemsQuery = listQuery(DEFAULT_LIMIT, itemFilterFields)
