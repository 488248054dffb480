import { z } from "zod"
import { text } from "../../validation/common.js"

/**
 * A product's listing state in a sales channel (docs/channel-listings.md). Every field is
 * optional: what is absent is kept; a time is an ISO 8601 instant, `null` opens that end.
 */
const instant = () => z.iso.datetime({ offset: true }).nullable()

export const ListingState = z
  .object({
    visible: z.boolean().optional(),
    purchasable: z.boolean().optional(),
    available_from: instant().optional(),
    available_until: instant().optional(),
  })
  .strict()

export type ListingStateInput = z.infer<typeof ListingState>

/**
 * `POST /admin/sales-channels/:id/products`: Medusa's plain product ids, or beside them
 * `{ id, visible, purchasable, available_from, available_until }` to link with (or set) a state.
 */
export const ProductsBatchBody = z
  .object({
    add: z
      .array(z.union([text(), ListingState.extend({ id: text() }).strict()]))
      .max(10_000)
      .optional(),
    remove: z.array(text()).max(10_000).optional(),
  })
  .strict()

/** `POST /admin/products/channel-listings`: many products' listings in many channels at once. */
export const ListingsBulkBody = z
  .object({
    listings: z
      .array(ListingState.extend({ product_id: text(), sales_channel_id: text() }).strict())
      .min(1)
      .max(10_000),
  })
  .strict()

export const VisibilityQuery = z
  .object({
    publishable_key: text().optional(),
    publishable_key_id: text().optional(),
    sales_channel_id: text().optional(),
    region_id: text().optional(),
  })
  .strict()
  .refine((q) => [q.publishable_key, q.publishable_key_id, q.sales_channel_id].filter(Boolean).length === 1, {
    message: "Give exactly one of publishable_key, publishable_key_id or sales_channel_id",
  })
