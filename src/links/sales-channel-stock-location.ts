import { defineLink } from "../framework/link/define-link.js"
import { linkTable } from "./link-table.js"
import { locationSide, salesChannelSide } from "./shared-sides.js"

/** Stock counts as available in a channel only at the locations linked to it. */
export default defineLink(
  salesChannelSide("stock_locations", "locations_link"),
  locationSide("sales_channels", "sales_channels_link"),
  // Medusa's Query names of the pivot rows are not the table's own
  {
    ...linkTable("sales_channel_stock_location", "scloc"),
    entityAliases: ["sales_channel_location", "sales_channel_locations", "sales_channel_stock_location"],
  },
)
