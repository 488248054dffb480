import type { Container } from "../../app/container.js"
import { createServiceZonesWorkflow } from "../fulfillment/service-zones.js"
import {
  createLocationFulfillmentSetWorkflow,
  linkFulfillmentProvidersToLocationWorkflow,
} from "../fulfillment/fulfillment-sets.js"
import { createShippingOptionsWorkflow } from "../fulfillment/shipping-options.js"
import { DEMO_FULFILLMENT_PROVIDER, demoRegions, demoShippingOptions } from "./demo-catalog.js"

export interface ShippingMade {
  sets: number
  zones: number
  options: number
}

interface LocationShipping {
  fulfillment_providers: { id: string }[]
  fulfillment_sets: {
    id: string
    name: string
    service_zones: { id: string; name: string; shipping_options: { name: string }[] }[]
  }[]
}

/**
 * What a location needs to ship a storefront's orders, as Medusa's seed builds it: the manual
 * fulfillment provider, a shipping fulfillment set with a service zone over every demo region's
 * countries, and the demo's shipping options there on `profileId`, priced in each of
 * `currencies`. Each part is looked up by name and created only when missing. Call it inside a
 * transaction. Returns what it created.
 */
export async function seedLocationShipping(
  tx: Container,
  location: { id: string; name: string },
  profileId: string,
  currencies: string[],
): Promise<ShippingMade> {
  const made: ShippingMade = { sets: 0, zones: 0, options: 0 }
  let current = await readShipping(tx, location.id)
  if (!current.fulfillment_providers.some((p) => p.id === DEMO_FULFILLMENT_PROVIDER)) {
    await linkFulfillmentProvidersToLocationWorkflow(tx, { id: location.id, add: [DEMO_FULFILLMENT_PROVIDER] })
  }
  const setName = `${location.name} delivery`
  const zoneName = `${location.name} delivery area`
  if (!current.fulfillment_sets.some((s) => s.name === setName)) {
    await createLocationFulfillmentSetWorkflow(tx, {
      location_id: location.id,
      fulfillment_set_data: { name: setName, type: "shipping" },
    })
    made.sets++
    current = await readShipping(tx, location.id)
  }
  const set = current.fulfillment_sets.find((s) => s.name === setName)!
  let zone = set.service_zones.find((z) => z.name === zoneName)
  if (!zone) {
    const countries = demoRegions.flatMap((r) => r.countries)
    const row = await createServiceZonesWorkflow(tx, {
      fulfillment_set_id: set.id,
      name: zoneName,
      geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })),
    })
    zone = { id: row.id, name: zoneName, shipping_options: [] }
    made.zones++
  }
  for (const option of demoShippingOptions.filter((o) => !zone.shipping_options.some((s) => s.name === o.name))) {
    await createShippingOptionsWorkflow(tx, {
      name: option.name,
      service_zone_id: zone.id,
      shipping_profile_id: profileId,
      provider_id: DEMO_FULFILLMENT_PROVIDER,
      price_type: "flat",
      type: option.type,
      prices: currencies.map((currency_code) => ({ currency_code, amount: option.amount })),
      rules: [
        { attribute: "enabled_in_store", operator: "eq", value: "true" },
        { attribute: "is_return", operator: "eq", value: "false" },
      ],
    })
    made.options++
  }
  return made
}

async function readShipping(tx: Container, locationId: string): Promise<LocationShipping> {
  const { data } = await tx.query.graph<LocationShipping>({
    entity: "stock_location",
    fields: [
      "fulfillment_providers.id",
      "fulfillment_sets.id",
      "fulfillment_sets.name",
      "fulfillment_sets.service_zones.id",
      "fulfillment_sets.service_zones.name",
      "fulfillment_sets.service_zones.shipping_options.name",
    ],
    filters: { id: locationId },
  })
  return data[0]
}
