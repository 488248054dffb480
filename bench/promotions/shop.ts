/**
 * The promotions cross-check's shop on any server speaking Medusa's admin API (salesgraph or the
 * Medusa anchor), found or created by name (prefix XC) so that a re-run reuses it: two regions (EUR
 * tax-exclusive over FI / EE, GBP over PT / LV whose region prices are tax-inclusive by the region's
 * price preference), tax regions (FI
 * 24 % with a province override FI-18 at 14 % and a product-type rate of 10 %, EE 22 %, PT 23 % with
 * the same product type at 6 %, LV none), four products at odd prices, a stock location shipping to
 * the four countries with two shipping options, and the promotions of ./promotions.ts (made anew
 * on each run, so that their targets are this shop's ids).
 */
import { findOrCreate, type Api } from "../tax/shop.js"
import { PROMOTIONS } from "./promotions.js"

export const PRODUCTS = {
  shirt: { eur: 19.99, gbp: 17.5 },
  mug: { eur: 7.33, gbp: 6.49 },
  lamp: { eur: 123.45, gbp: 99.99 },
  pen: { eur: 0.99, gbp: 1.01 },
}
export type ProductName = keyof typeof PRODUCTS
export const OPTIONS = { standard: { eur: 4.99, gbp: 3.99 }, express: { eur: 12.5, gbp: 9.95 } }
export type OptionName = keyof typeof OPTIONS

export interface PromoShop {
  channel: string
  regions: { excl: string; incl: string }
  products: Record<ProductName, string>
  variants: Record<ProductName, string>
  options: Record<OptionName, string>
}

const one = async (api: Api, path: string, key: string, name: string, create: () => Promise<any>) =>
  findOrCreate(api, path, key, (r) => r.name === name || r.value === name || r.title === name, create)

async function taxRegion(api: Api, country: string, rate: number, province?: { code: string; parent: string }) {
  const query = `/admin/tax-regions?country_code=${country}&limit=100&fields=id,province_code`
  const match = (r: any) => (r.province_code ?? null) === (province?.code ?? null)
  return findOrCreate(api, query, "tax_regions", match, async () => {
    const body: Record<string, unknown> = { country_code: country }
    if (province) Object.assign(body, { province_code: province.code, parent_id: province.parent })
    else body.provider_id = "tp_system"
    body.default_tax_rate = { name: `xc ${country}`, code: `XC-${country}`, rate }
    return (await api.admin("POST", "/admin/tax-regions", body)).tax_region
  })
}

async function typeRate(api: Api, regionId: string, typeId: string, rate: number, code: string) {
  const rates = (await api.admin("GET", `/admin/tax-rates?tax_region_id=${regionId}&fields=id,code`)).tax_rates
  if (rates.some((r: { code: string }) => r.code === code)) return
  const rules = [{ reference: "product_type", reference_id: typeId }]
  await api.admin("POST", "/admin/tax-rates", { name: code, code, rate, tax_region_id: regionId, rules })
}

async function region(api: Api, name: string, currency: string, countries: string[], inclusive: boolean) {
  const path = `/admin/regions?q=${name}&fields=id,name`
  return one(api, path, "regions", name, async () => {
    const body = { name, currency_code: currency, countries, automatic_taxes: true, is_tax_inclusive: inclusive }
    return (await api.admin("POST", "/admin/regions", { ...body, payment_providers: ["pp_system_default"] })).region
  })
}

async function taxes(api: Api, typeId: string) {
  const fi = await taxRegion(api, "fi", 24)
  await taxRegion(api, "fi", 14, { code: "fi-18", parent: fi.id })
  await typeRate(api, fi.id, typeId, 10, "XC-FI-REDUCED")
  await taxRegion(api, "ee", 22)
  const pt = await taxRegion(api, "pt", 23)
  await typeRate(api, pt.id, typeId, 6, "XC-PT-REDUCED")
}

/** EUR prices for any region, GBP prices for the XC-incl region only (its preference: tax-inclusive) */
const prices = (amounts: { eur: number; gbp: number }, incl: string) => [
  { currency_code: "eur", amount: amounts.eur },
  { currency_code: "gbp", amount: amounts.gbp, rules: { region_id: incl } },
]

async function product(
  api: Api,
  name: ProductName,
  shop: Omit<PromoShop, "products" | "variants" | "options">,
  profile: string,
  typeId: string,
) {
  const { channel } = shop
  const title = `XC-${name}`
  const path = `/admin/products?q=${encodeURIComponent(title)}&fields=id,title,variants.id`
  return one(api, path, "products", title, async () => {
    const body = {
      title,
      handle: `xc-regional-${name}`,
      status: "published",
      type_id: name === "mug" ? typeId : undefined,
      shipping_profile_id: profile,
      options: [{ title: "Size", values: ["M"] }],
      variants: [
        {
          title: "M",
          options: { Size: "M" },
          manage_inventory: false,
          prices: prices(PRODUCTS[name], shop.regions.incl),
        },
      ],
      sales_channels: [{ id: channel }],
    }
    return (await api.admin("POST", "/admin/products", body)).product
  })
}

async function serviceZone(api: Api, channel: string) {
  const location = await one(
    api,
    "/admin/stock-locations?q=XC&fields=id,name",
    "stock_locations",
    "XC warehouse",
    async () => {
      const created = (await api.admin("POST", "/admin/stock-locations", { name: "XC warehouse" })).stock_location
      await api.admin("POST", `/admin/stock-locations/${created.id}/sales-channels`, { add: [channel] })
      await api.admin("POST", `/admin/stock-locations/${created.id}/fulfillment-providers`, { add: ["manual_manual"] })
      return created
    },
  )
  const fields = "fields=id,fulfillment_sets.id,fulfillment_sets.service_zones.id"
  let sets = (await api.admin("GET", `/admin/stock-locations/${location.id}?${fields}`)).stock_location.fulfillment_sets
  if (!sets.length) {
    const body = { name: "XC shipping", type: "shipping" }
    await api.admin("POST", `/admin/stock-locations/${location.id}/fulfillment-sets`, body)
    sets = (await api.admin("GET", `/admin/stock-locations/${location.id}?${fields}`)).stock_location.fulfillment_sets
  }
  if (sets[0].service_zones.length) return sets[0].service_zones[0].id as string
  const geo_zones = ["fi", "ee", "pt", "lv"].map((country_code) => ({ type: "country", country_code }))
  const set = await api.admin("POST", `/admin/fulfillment-sets/${sets[0].id}/service-zones`, {
    name: "XC zone",
    geo_zones,
  })
  return set.fulfillment_set.service_zones[0].id as string
}

async function shippingOption(api: Api, name: OptionName, zone: string, profile: string, incl: string) {
  const title = `XC-${name}`
  return one(api, "/admin/shipping-options?limit=100&fields=id,name", "shipping_options", title, async () => {
    const { eur, gbp } = OPTIONS[name]
    const body = {
      name: title,
      service_zone_id: zone,
      shipping_profile_id: profile,
      price_type: "flat",
      provider_id: "manual_manual",
      type: { label: title, description: title, code: `xc-${name}` },
      prices: [
        { currency_code: "eur", amount: eur },
        { region_id: incl, amount: gbp },
      ],
      rules: [
        { attribute: "enabled_in_store", operator: "eq", value: "true" },
        { attribute: "is_return", operator: "eq", value: "false" },
      ],
    }
    return (await api.admin("POST", "/admin/shipping-options", body)).shipping_option
  })
}

export async function setUpPromoShop(api: Api): Promise<PromoShop> {
  const channels = await api.admin("GET", "/admin/sales-channels?name=Default%20Sales%20Channel&fields=id")
  const channel = channels.sales_channels[0].id
  const profiles = await api.admin("GET", "/admin/shipping-profiles?type=default&fields=id")
  const profile = profiles.shipping_profiles[0].id
  const type = await one(api, "/admin/product-types?value=xc-reduced", "product_types", "xc-reduced", async () => {
    return (await api.admin("POST", "/admin/product-types", { value: "xc-reduced" })).product_type
  })
  await taxes(api, type.id)
  const regions = {
    excl: (await region(api, "XC-excl", "eur", ["fi", "ee"], false)).id,
    incl: (await region(api, "XC-incl", "gbp", ["pt", "lv"], true)).id,
  }
  const products = {} as Record<ProductName, string>
  const variants = {} as Record<ProductName, string>
  for (const name of Object.keys(PRODUCTS) as ProductName[]) {
    const p = await product(api, name, { channel, regions }, profile, type.id)
    products[name] = p.id
    variants[name] = p.variants[0].id
  }
  const zone = await serviceZone(api, channel)
  const options = {
    standard: (await shippingOption(api, "standard", zone, profile, regions.incl)).id,
    express: (await shippingOption(api, "express", zone, profile, regions.incl)).id,
  }
  const shop = { channel, regions, products, variants, options }
  for (const promotion of PROMOTIONS) {
    const body = promotion(shop)
    const found = (await api.admin("GET", `/admin/promotions?code=${body.code}&fields=id,code`)).promotions
    for (const old of found) await api.admin("DELETE", `/admin/promotions/${old.id}`)
    await api.admin("POST", "/admin/promotions", body)
  }
  return shop
}
