import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"

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

interface RegionRow {
  id: string
  currency_code: string
  automatic_taxes: boolean
}

const regionFields = ["id", "currency_code", "automatic_taxes"]

/**
 * Medusa's normalizeDataForContext + setPricingContext (docs/medusa-contract.md §8.1 step 5): the region is the
 * cart's (`cart_id`, which also gives the country of its shipping address), else `region_id`,
 * else the store's default region. One statement in the usual cases (a region id, or a cart
 * with a region), two when the store default is used.
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
  if (!regionId) {
    const { data } = await c.query.graph<{ default_region_id: string | null }>({
      entity: "store",
      fields: ["default_region_id"],
      pagination: { take: 1 },
    })
    regionId = data[0]?.default_region_id ?? undefined
  }
  if (!regionId) throw invalidData("Missing required pricing context to calculate prices - region_id")
  if (region === undefined) {
    const { data } = await c.query.graph<RegionRow>({
      entity: "region",
      fields: regionFields,
      filters: { id: regionId },
    })
    region = data[0]
  }
  if (!region) throw invalidData(`Region with id ${regionId} not found when populating the pricing context`)
  return {
    region_id: region.id,
    currency_code: region.currency_code,
    tax_amounts: region.automatic_taxes && !!country,
  }
}
