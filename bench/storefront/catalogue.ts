/**
 * The storefront bench's shop, made the same way on any server speaking Medusa's admin API
 * (salesgraph or the Medusa anchor), so that both serve the storefront the same catalogue: a sales
 * channel with its own publishable key, a usd region over a country no other region holds (with
 * the system payment provider), a stock location in the channel shipping to that country with one
 * flat shipping option, three collections and three categories, and 24 published products with
 * three sizes each, priced in usd and stocked at the location. Every name carries the run's id, so
 * a re-run on the anchor makes a new shop beside the old ones and never resets its data.
 */
import { ApiClient, pool } from "../http/client.js"

export interface StorefrontShop {
  keyToken: string
  regionId: string
  country: string
  /** products in creation order, with their collection */
  products: { id: string; handle: string; variantId: string; collectionId: string }[]
  collectionIds: string[]
}

const PRODUCTS = 24
const SIZES = ["S", "M", "L"]
const COUNTRIES = ["us", "ca", "gb", "au", "nz", "ie", "se", "no", "dk", "nl", "be", "at", "ch", "pl", "cz", "jp"]

async function freeCountry(api: ApiClient): Promise<string> {
  const { regions } = (await api.request("GET", "/admin/regions?limit=1000&fields=id,*countries")).body
  const used = new Set(regions.flatMap((r: any) => (r.countries ?? []).map((c: any) => c.iso_2)))
  const country = COUNTRIES.find((c) => !used.has(c))
  if (!country) throw new Error(`${api.base}: every bench country already belongs to a region`)
  return country
}

/** The location's shipping: provider, fulfillment set, service zone over `country`, one option. */
async function shipping(api: ApiClient, run: string, locationId: string, country: string) {
  await api.request("POST", `/admin/stock-locations/${locationId}/fulfillment-providers`, { add: ["manual_manual"] })
  const set = { name: `sf-${run}-shipping`, type: "shipping" }
  await api.request("POST", `/admin/stock-locations/${locationId}/fulfillment-sets`, set)
  const fields = "fields=id,fulfillment_sets.id"
  const located = (await api.request("GET", `/admin/stock-locations/${locationId}?${fields}`)).body.stock_location
  const zone = { name: `sf-${run}-zone`, geo_zones: [{ type: "country", country_code: country }] }
  const zoned = await api.request(
    "POST",
    `/admin/fulfillment-sets/${located.fulfillment_sets[0].id}/service-zones`,
    zone,
  )
  const profiles = (await api.request("GET", "/admin/shipping-profiles?type=default&fields=id")).body.shipping_profiles
  await api.request("POST", "/admin/shipping-options", {
    name: `sf-${run} standard`,
    service_zone_id: zoned.body.fulfillment_set.service_zones[0].id,
    shipping_profile_id: profiles[0].id,
    price_type: "flat",
    provider_id: "manual_manual",
    type: { label: "Standard", description: "Standard shipping", code: `sf-${run}-standard` },
    prices: [{ currency_code: "usd", amount: 8 }],
    rules: [
      { attribute: "enabled_in_store", operator: "eq", value: "true" },
      { attribute: "is_return", operator: "eq", value: "false" },
    ],
  })
  return profiles[0].id as string
}

async function named(api: ApiClient, path: string, key: string, bodies: Record<string, unknown>[]) {
  const made: string[] = []
  for (const body of bodies) made.push((await api.request("POST", path, body)).body[key].id)
  return made
}

export async function seedStorefrontShop(api: ApiClient): Promise<StorefrontShop> {
  const run = Date.now().toString(36)
  const channel = (await api.request("POST", "/admin/sales-channels", { name: `sf-${run}` })).body.sales_channel
  const key = (await api.request("POST", "/admin/api-keys", { title: `sf-${run}`, type: "publishable" })).body.api_key
  await api.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
  const country = await freeCountry(api)
  const regionBody = { name: `sf-${run}`, currency_code: "usd", countries: [country] }
  const region = (
    await api.request("POST", "/admin/regions", { ...regionBody, payment_providers: ["pp_system_default"] })
  ).body.region
  const location = (await api.request("POST", "/admin/stock-locations", { name: `sf-${run}` })).body.stock_location
  await api.request("POST", `/admin/stock-locations/${location.id}/sales-channels`, { add: [channel.id] })
  const profileId = await shipping(api, run, location.id, country)
  const three = [0, 1, 2]
  const collectionIds = await named(
    api,
    "/admin/collections",
    "collection",
    three.map((i) => ({ title: `sf ${run} collection ${i}`, handle: `sf-${run}-c${i}` })),
  )
  const categoryIds = await named(
    api,
    "/admin/product-categories",
    "product_category",
    three.map((i) => ({ name: `sf ${run} category ${i}`, handle: `sf-${run}-k${i}`, is_active: true })),
  )
  const fields = "fields=id,handle,variants.id,variants.inventory_items.inventory_item_id"
  const products = await pool(
    Array.from({ length: PRODUCTS }, (_, i) => i),
    4,
    async (i) => {
      const body = {
        title: `sf ${run} product ${i}`,
        handle: `sf-${run}-p${i}`,
        description: `Product ${i} of the storefront bench's shop.`,
        status: "published",
        collection_id: collectionIds[i % 3],
        categories: [{ id: categoryIds[i % 3] }],
        shipping_profile_id: profileId,
        options: [{ title: "Size", values: SIZES }],
        variants: SIZES.map((size, s) => ({
          title: size,
          sku: `sf-${run}-${i}-${size}`,
          options: { Size: size },
          manage_inventory: true,
          prices: [{ currency_code: "usd", amount: 20 + i + s }],
        })),
        sales_channels: [{ id: channel.id }],
      }
      return (await api.request("POST", `/admin/products?${fields}`, body)).body.product
    },
  )
  const items = products.flatMap((p: any) => p.variants.map((v: any) => v.inventory_items[0].inventory_item_id))
  await api.request("POST", "/admin/inventory-items/location-levels/batch", {
    create: items.map((id: string) => ({ inventory_item_id: id, location_id: location.id, stocked_quantity: 1000 })),
  })
  return {
    keyToken: key.token,
    regionId: region.id,
    country,
    products: products.map((p: any, i: number) => ({
      id: p.id,
      handle: p.handle,
      variantId: p.variants[0].id,
      collectionId: collectionIds[i % 3],
    })),
    collectionIds,
  }
}
