import { z } from "zod"
import { metadata, operatorMap, plainListQuery, text } from "../../validation/common.js"
import { numberFilter, stringFilters, timestampFilters } from "../../validation/filters.js"
import { RESERVATION_DEFAULT_LIMIT } from "./query-config.js"

/** Bodies and queries of reservations (Medusa 2.21's validators). */

const nullableText = () => text().nullish()

export const ListReservationsQuery = plainListQuery(RESERVATION_DEFAULT_LIMIT, {
  q: text().optional(),
  ...stringFilters("location_id", "inventory_item_id", "line_item_id", "created_by"),
  description: z.union([text(), operatorMap()]).optional(),
  quantity: numberFilter().optional(),
  ...timestampFilters(),
})

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
