import { FulfillmentProvider, FulfillmentSet, GeoZone, ServiceZone } from "./fulfillment-set.js"
import {
  ShippingOption,
  ShippingOptionPrice,
  ShippingOptionPriceRule,
  ShippingOptionRule,
  ShippingOptionType,
} from "./shipping-option.js"
import { ShippingProfile } from "./shipping-profile.js"

/** The fulfillment module's models, by name (its service and its table order, parents first). */
export const fulfillmentModels = {
  ShippingProfile,
  FulfillmentSet,
  ServiceZone,
  GeoZone,
  FulfillmentProvider,
  ShippingOptionType,
  ShippingOption,
  ShippingOptionRule,
  ShippingOptionPrice,
  ShippingOptionPriceRule,
}

export {
  FulfillmentProvider,
  FulfillmentSet,
  GeoZone,
  ServiceZone,
  ShippingOption,
  ShippingOptionPrice,
  ShippingOptionPriceRule,
  ShippingOptionRule,
  ShippingOptionType,
  ShippingProfile,
}
