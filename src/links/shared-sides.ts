import { Product } from "../modules/product/index.js"
import { SalesChannel } from "../modules/sales-channel/index.js"
import { StockLocation } from "../modules/stock-location/index.js"
import { linkSide } from "./link-table.js"

/** The link sides several link files share. */

export const productSide = linkSide({ module: "product", model: () => Product, alias: "product" })
export const salesChannelSide = linkSide({ module: "sales_channel", model: () => SalesChannel, alias: "sales_channel" })

/** A location's side, as Medusa's `location` alias. */
export const locationSide = linkSide({
  module: "stock_location",
  model: () => StockLocation,
  key: "stock_location_id",
  alias: "location",
})
