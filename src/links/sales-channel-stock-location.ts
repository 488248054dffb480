import { defineLink } from "../framework/link/define-link.js"
import { linkTable } from "./link-table.js"
import { SalesChannel } from "../modules/sales-channel/index.js"
import { StockLocation } from "../modules/stock-location/index.js"

/** Stock counts as available in a channel only at the locations linked to it. */
export default defineLink(
  {
    module: "sales_channel",
    model: () => SalesChannel,
    key: "sales_channel_id",
    alias: "sales_channel",
    field: "stock_locations",
    linkField: "locations_link",
  },
  {
    module: "stock_location",
    model: () => StockLocation,
    key: "stock_location_id",
    alias: "location",
    field: "sales_channels",
    linkField: "sales_channels_link",
  },
  // Medusa's Query names of the pivot rows are not the table's own
  {
    ...linkTable("sales_channel_stock_location", "scloc"),
    entityAliases: ["sales_channel_location", "sales_channel_locations", "sales_channel_stock_location"],
  },
)
