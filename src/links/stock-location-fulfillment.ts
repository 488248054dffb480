import { defineLink } from "../framework/link/define-link.js"
import { linkSide, linkTable } from "./link-table.js"
import { FulfillmentProvider, FulfillmentSet } from "../modules/fulfillment/index.js"
import { StockLocation } from "../modules/stock-location/index.js"

/** The location side of its fulfillment links (Medusa's `location` alias). */
const location = linkSide({
  module: "stock_location",
  model: () => StockLocation,
  key: "stock_location_id",
  alias: "location",
})

/** A location's fulfillment sets (each belongs to one location), as Medusa's LocationFulfillmentSet link. */
export const stockLocationFulfillmentSet = defineLink(
  location("fulfillment_sets"),
  {
    module: "fulfillment",
    model: () => FulfillmentSet,
    key: "fulfillment_set_id",
    alias: "fulfillment_set",
    field: "location",
    isList: false,
    unique: true,
  },
  linkTable("location_fulfillment_set", "locfs"),
)

/** The fulfillment providers a location ships with, as Medusa's LocationFulfillmentProvider link. */
export const stockLocationFulfillmentProvider = defineLink(
  location("fulfillment_providers"),
  {
    module: "fulfillment",
    model: () => FulfillmentProvider,
    key: "fulfillment_provider_id",
    alias: "fulfillment_provider",
    field: "locations",
  },
  linkTable("location_fulfillment_provider", "locfp"),
)
