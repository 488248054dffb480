import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"
import { defaultRegionId, regionById, regionFields, type RegionRow } from "./pricing-regions.js"

/** The Query context `calculated_price` is computed in. */
export interface PricingContext {
  [key: string]: unknown
  region_id: string
  currency_code: string
  /** automatic taxes and a country: Medusa adds the with/without-tax amounts */
  tax_amounts: boolean
}

export interface PricingParams {
  region_id?: string
  cart_id?: string
  country_code?: string
}

/**
 * Medusa's normalizeDataForContext + setPricingContext (docs/medusa-contract.md §8.1 step 5): the region is the
 * cart's (`cart_id`, which also gives the country of its shipping address), else `region_id`,
 * else the store's default region. Regions and the default are kept in memory
 * (pricing-regions.ts): no statement for `region_id` or the default, one for a cart.
 */
export async function pricingContext(c: Container, params: PricingParams): Promise<PricingContext> {
  let regionId = params.region_id
  let country = params.country_code
  let region: RegionRow | null | undefined
  if (params.cart_id) {
    const { data } = await c.query.graph<{
      region_id: string | null
      region: RegionRow | null
      shipping_address: { country_code: string | null } | null
    }>({
      entity: "cart",
      fields: ["region_id", ...regionFields.map((f) => `region.${f}`), "shipping_address.country_code"],
      filters: { id: params.cart_id },
    })
    const cart = data[0]
    if (cart?.region_id) {
      regionId = cart.region_id
      region = cart.region
    }
    if (cart?.shipping_address) country = cart.shipping_address.country_code ?? undefined
  }
  if (!regionId) regionId = (await defaultRegionId(c)) ?? undefined
  if (!regionId) throw invalidData("Missing required pricing context to calculate prices - region_id")
  if (region === undefined) region = await regionById(c, regionId)
  if (!region) throw invalidData(`Region with id ${regionId} not found when populating the pricing context`)
  return {
    region_id: region.id,
    currency_code: region.currency_code,
    tax_amounts: region.automatic_taxes && !!country,
  }
}
