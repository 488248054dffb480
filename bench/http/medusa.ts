import { ApiClient } from "./client.js"
import { load, type LoadResult } from "./load.js"
import { calculatedAmounts } from "./prices.js"
import { seedOverHttp } from "./seed.js"

export interface MedusaFigures {
  url: string
  seed: Record<string, unknown>
  calculated_amount_sample: (number | null)[]
  load: Record<string, LoadResult>
  link_batch: { ids: number; add_ms: number; remove_ms: number }
}

/**
 * The same paths on a running Medusa (MEDUSA_URL), as its bench script (../shared/anchor/medusa/bench.mjs)
 * seeds and measures them: through its public API, with data of our own (distinctive names, never a
 * reset), so its figures sit beside salesgraph's from the same sitting.
 */
export async function measureMedusa(
  url: string,
  admin: { email: string; password: string },
  { S, P, concurrency, stock, duration, connections }: Record<string, number>,
): Promise<MedusaFigures> {
  const api = new ApiClient(url)
  await api.login(admin.email, admin.password)
  const profiles = await api.request("GET", "/admin/shipping-profiles?limit=1")
  const shippingProfileId = profiles.body.shipping_profiles?.[0]?.id as string | undefined
  const seed = await seedOverHttp(api, { S, P, concurrency, stock, shippingProfileId })
  const keyH = { "x-publishable-api-key": seed.keyToken }
  const adminH = { authorization: `Bearer ${api.token}` }
  const opts = { duration, connections }
  const loads: Record<string, LoadResult> = {}
  loads.store_products = await load(url, "/store/products?limit=50", keyH, opts)
  loads.store_products_inventory_quantity = await load(
    url,
    "/store/products?limit=50&fields=%2Bvariants.inventory_quantity",
    keyH,
    opts,
  )
  const storePrices = `/store/products?limit=50&region_id=${seed.regionId}`
  const sample = await calculatedAmounts(api, storePrices.replace("limit=50", "limit=3"), keyH)
  loads.store_products_calculated_price = await load(url, storePrices, keyH, opts)
  loads.admin_products_by_channel = await load(
    url,
    `/admin/products?limit=50&sales_channel_id[]=${seed.keyChannelId}`,
    adminH,
    opts,
  )
  const target = (await api.request("POST", "/admin/sales-channels", { name: `bench-batch-${Date.now()}` })).body
    .sales_channel
  const ids = seed.productIds.slice(0, 500)
  const add = await api.request("POST", `/admin/sales-channels/${target.id}/products`, { add: ids })
  const remove = await api.request("POST", `/admin/sales-channels/${target.id}/products`, { remove: ids })
  return {
    url,
    seed: seed.report,
    calculated_amount_sample: sample,
    load: loads,
    link_batch: { ids: ids.length, add_ms: Math.round(add.ms), remove_ms: Math.round(remove.ms) },
  }
}
