import { model } from "../../../framework/model/index.js"
import { ShippingOption } from "./shipping-option.js"

/**
 * A shipping profile (Medusa's fulfillment module): groups products that ship alike. Only the
 * profile itself and its shipping options are kept here; fulfillments are not part of salesgraph.
 */
export const ShippingProfile = model.define("shipping_profile", {
  id: model.id({ prefix: "sp" }).primaryKey(),
  // unique among live rows, as in Medusa (IDX_shipping_profile_name_unique)
  name: model.text().searchable().unique(),
  type: model.text(),
  metadata: model.json().nullable(),
  shipping_options: model.hasMany(() => ShippingOption, { foreignKey: "shipping_profile_id" }),
})
