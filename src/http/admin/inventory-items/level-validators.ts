import { z } from "zod"
import { batchBody, listParams, stringOrArray, text } from "../../validation/common.js"
import { LEVEL_DEFAULT_LIMIT } from "./query-config.js"

/** Bodies and queries of an inventory item's location levels (Medusa 2.21's validators). */

const quantity = () => z.number().min(0).optional()

export const CreateLocationLevelBody = z
  .object({ location_id: text(), stocked_quantity: quantity(), incoming_quantity: quantity() })
  .strict()

export const UpdateLocationLevelBody = z
  .object({ stocked_quantity: quantity(), incoming_quantity: quantity() })
  .strict()

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
export const LevelsBatchBody = batchBody(levelOfItem, levelOfItem).extend({ force: z.boolean().optional() })

export const ListLocationLevelsQuery = z
  .object({
    ...listParams(LEVEL_DEFAULT_LIMIT),
    location_id: stringOrArray().optional(),
    $and: z.array(z.object({ location_id: stringOrArray().optional() })).optional(),
    $or: z.array(z.object({ location_id: stringOrArray().optional() })).optional(),
  })
  .strict()
