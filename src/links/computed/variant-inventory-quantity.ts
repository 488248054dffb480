import { invalidData } from "../../framework/errors.js"
import type { ComputedDef } from "../../framework/model/index.js"
import { ident, sql } from "../../framework/sql/sql.js"

/**
 * `variant.inventory_quantity` in a sales channel (docs/medusa-contract.md §8.1): for each inventory item of the
 * variant, the available stock (stocked − reserved) summed over the stock locations linked to
 * the channel, divided by the required quantity and floored; the minimum over the items; null
 * without items. Variants that do not manage inventory get no key at all. It crosses four
 * modules through two links, so it lives here and not in a module. Context: `sales_channel_id`, or
 * `all_locations: true` for the total over every location.
 */
export const variantInventoryQuantity: ComputedDef = {
  type: "number",
  inStar: false,
  omitWhen: (v) => sql`NOT ${ident(v, "manage_inventory")}`,
  expression: (v, context) => {
    const channel = context.sales_channel_id
    // admin variant routes: the total over every location (Medusa's getTotalVariantAvailability)
    const everywhere = context.all_locations === true
    if (!everywhere && (typeof channel !== "string" || channel === "")) {
      throw invalidData("variants.inventory_quantity needs a sales channel in the query context")
    }
    const atLocations = everywhere
      ? sql``
      : sql`AND l.location_id IN (
             SELECT scl.stock_location_id FROM sales_channel_stock_location scl
               JOIN stock_location sl ON sl.id = scl.stock_location_id AND sl.deleted_at IS NULL
              WHERE scl.sales_channel_id = ${channel}::text AND scl.deleted_at IS NULL)`
    return sql`SELECT min(floor(coalesce((
        SELECT sum(l.stocked_quantity - l.reserved_quantity) FROM inventory_level l
         WHERE l.inventory_item_id = pvi.inventory_item_id AND l.deleted_at IS NULL
           ${atLocations}
      ), 0) / pvi.required_quantity))
      FROM product_variant_inventory_item pvi
      JOIN inventory_item ii ON ii.id = pvi.inventory_item_id AND ii.deleted_at IS NULL
      WHERE pvi.variant_id = ${ident(v, "id")} AND pvi.deleted_at IS NULL`
  },
}
