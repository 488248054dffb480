import { model } from "../../../framework/model/index.js"
import { ShippingOption } from "./shipping-option.js"

/**
 * Where a stock location fulfils (Medusa's fulfillment module): a fulfillment set (shipping or
 * pickup) holds service zones, each a list of geo zones (countries, provinces, cities, zips)
 * and the shipping options offered there. Sets and zones are named uniquely among live rows.
 */
export const FulfillmentSet = model.define(
  "fulfillment_set",
  {
    id: model.id({ prefix: "fuset" }).primaryKey(),
    name: model.text().searchable().unique(),
    type: model.text(),
    metadata: model.json().nullable(),
    service_zones: model.hasMany(() => ServiceZone, { foreignKey: "fulfillment_set_id" }),
  },
  { cascade: ["service_zones"] },
)

export const ServiceZone = model.define(
  "service_zone",
  {
    id: model.id({ prefix: "serzo" }).primaryKey(),
    name: model.text().searchable().unique(),
    metadata: model.json().nullable(),
    fulfillment_set_id: model.text().index(),
    fulfillment_set: model.belongsTo(() => FulfillmentSet, { foreignKey: "fulfillment_set_id" }),
    geo_zones: model.hasMany(() => GeoZone, { foreignKey: "service_zone_id" }),
    shipping_options: model.hasMany(() => ShippingOption, { foreignKey: "service_zone_id" }),
  },
  { cascade: ["geo_zones", "shipping_options"] },
)

export const GEO_ZONE_TYPES = ["country", "province", "city", "zip"] as const

export const GeoZone = model.define("geo_zone", {
  id: model.id({ prefix: "fgz" }).primaryKey(),
  type: model.enum(GEO_ZONE_TYPES).default("country"),
  country_code: model.text().index(),
  province_code: model.text().nullable().index(),
  city: model.text().nullable().index(),
  postal_expression: model.json().nullable(),
  service_zone_id: model.text().index(),
  metadata: model.json().nullable(),
  service_zone: model.belongsTo(() => ServiceZone, { foreignKey: "service_zone_id" }),
})

/** Provider ids are names, not generated (`manual_manual`); created at first start. */
export const FulfillmentProvider = model.define("fulfillment_provider", {
  id: model.id({ prefix: "serpro" }).primaryKey(),
  is_enabled: model.boolean().default(true),
})
