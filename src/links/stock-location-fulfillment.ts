import { defineLink } from "../framework/link/define-link.js"
import { FulfillmentProvider, FulfillmentSet } from "../modules/fulfillment/index.js"
import { StockLocation } from "../modules/stock-location/index.js"

/** A location's fulfillment sets (each belongs to one location), as Medusa's LocationFulfillmentSet link. */
export const stockLocationFulfillmentSet = defineLink(
  {
    module: "stock_location",
    model: () => StockLocation,
    key: "stock_location_id",
    alias: "location",
    field: "fulfillment_sets",
  },
  {
    module: "fulfillment",
    model: () => FulfillmentSet,
    key: "fulfillment_set_id",
    alias: "fulfillment_set",
    field: "location",
    isList: false,
    unique: true,
  },
  {
    table: "location_fulfillment_set",
    idPrefix: "locfs",
    eventEntity: "LinkLocationFulfillmentSet",
    entityAliases: ["location_fulfillment_set", "location_fulfillment_sets"],
  },
)

/** The fulfillment providers a location ships with, as Medusa's LocationFulfillmentProvider link. */
export const stockLocationFulfillmentProvider = defineLink(
  {
    module: "stock_location",
    model: () => StockLocation,
    key: "stock_location_id",
    alias: "location",
    field: "fulfillment_providers",
  },
  {
    module: "fulfillment",
    model: () => FulfillmentProvider,
    key: "fulfillment_provider_id",
    alias: "fulfillment_provider",
    field: "locations",
  },
  {
    table: "location_fulfillment_provider",
    idPrefix: "locfp",
    eventEntity: "LinkLocationFulfillmentProvider",
    entityAliases: ["location_fulfillment_provider", "location_fulfillment_providers"],
  },
)
