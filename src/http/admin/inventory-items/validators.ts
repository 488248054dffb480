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
import { stringFilters, timestampFilters } from "../../validation/filters.js"
import { booleanString } from "../products/validators.js"
import { DEFAULT_LIMIT, LEVEL_DEFAULT_LIMIT, RESERVATION_DEFAULT_LIMIT } from "./query-config.js"

/** Admin inventory item, level and reservation bodies and queries (Medusa 2.21's validators). */

const nullableText = () => text().nullish()
const nullableNumber = () => z.number().nullish()
const quantity = () => z.number().min(0).optional()

const itemFields = {
  sku: nullableText(),
  hs_code: nullableText(),
  weight: nullableNumber(),
  length: nullableNumber(),
  height: nullableNumber(),
  width: nullableNumber(),
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

export const CreateLocationLevelBody = z
  .object({ location_id: text(), stocked_quantity: quantity(), incoming_quantity: quantity() })
  .strict()

export const UpdateLocationLevelBody = z
  .object({ stocked_quantity: quantity(), incoming_quantity: quantity() })
  .strict()

export const CreateInventoryItemBody = z
  .object({ ...itemFields, location_levels: z.array(CreateLocationLevelBody).optional() })
  .strict()

export const UpdateInventoryItemBody = z.object(itemFields).strict()

/** POST /admin/inventory-items/:id/location-levels/batch (levels of one item). */
export const ItemLevelsBatchBody = z.object({
  create: z.array(CreateLocationLevelBody).optional(),
  update: z
    .array(
      z
        .object({
          id: text().optional(),
          location_id: text(),
          stocked_quantity: quantity(),
          incoming_quantity: quantity(),
        })
        .strict(),
    )
    .optional(),
  delete: z.array(text()).optional(),
  force: z.boolean().optional(),
})

const levelOfItem = z.object({
  inventory_item_id: text(),
  location_id: text(),
  stocked_quantity: quantity(),
  incoming_quantity: quantity(),
})

/** POST /admin/inventory-items/location-levels/batch (levels of any items). */
export const LevelsBatchBody = z
  .object({
    create: z.array(levelOfItem).optional(),
    update: z.array(levelOfItem).optional(),
    delete: z.array(text()).optional(),
    force: z.boolean().optional(),
  })
  .strict()

export const RetrieveQuery = z.object(retrieveParams()).strict()

const numberFilter = () =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v),
    z.union([z.number(), operatorMap()]),
  )

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

export const ListLocationLevelsQuery = z
  .object({
    ...listParams(LEVEL_DEFAULT_LIMIT),
    location_id: stringOrArray().optional(),
    $and: z.array(z.object({ location_id: stringOrArray().optional() })).optional(),
    $or: z.array(z.object({ location_id: stringOrArray().optional() })).optional(),
  })
  .strict()

export const ListReservationsQuery = z
  .object({
    ...listParams(RESERVATION_DEFAULT_LIMIT),
    q: text().optional(),
    ...stringFilters("location_id", "inventory_item_id", "line_item_id", "created_by"),
    description: z.union([text(), operatorMap()]).optional(),
    quantity: numberFilter().optional(),
    ...timestampFilters(),
  })
  .strict()

// beyond Medusa, which takes any number: a negative reservation would raise what is available
const reservedQuantity = () => z.number().min(0)

export const CreateReservationBody = z
  .object({
    line_item_id: nullableText(),
    location_id: text(),
    inventory_item_id: text(),
    quantity: reservedQuantity(),
    description: nullableText(),
    metadata: metadata().nullish(),
  })
  .strict()

export const UpdateReservationBody = z
  .object({
    location_id: text().optional(),
    quantity: reservedQuantity().optional(),
    description: nullableText(),
    metadata: metadata().nullish(),
  })
  .strict()
