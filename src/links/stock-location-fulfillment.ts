import { defineLink } from "../framework/link/define-link.js"
import { linkSide, linkTable } from "./link-table.js"
import { FulfillmentProvider, FulfillmentSet } from "../modules/fulfillment/index.js"
import { locationSide } from "./shared-sides.js"

const fulfillmentSetSide = linkSide({ module: "fulfillment", model: () => FulfillmentSet, alias: "fulfillment_set" })
const providerSide = linkSide({
  module: "fulfillment",
  model: () => FulfillmentProvider,
  alias: "fulfillment_provider",
})

/** A location's fulfillment sets (each belongs to one location), as Medusa's LocationFulfillmentSet link. */
export const stockLocationFulfillmentSet = defineLink(
  locationSide("fulfillment_sets"),
  { ...fulfillmentSetSide("location"), isList: false, unique: true },
  linkTable("location_fulfillment_set", "locfs"),
)

/** The fulfillment providers a location ships with, as Medusa's LocationFulfillmentProvider link. */
export const stockLocationFulfillmentProvider = defineLink(
  locationSide("fulfillment_providers"),
  providerSide("locations"),
  linkTable("location_fulfillment_provider", "locfp"),
)
