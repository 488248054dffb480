import { percentile } from "../stats.js"
import { ApiClient, pool } from "./client.js"

export interface SeedResult {
  keyToken: string
  keyChannelId: string
  /** a usd region, for listings with `region_id` (calculated_price) */
  regionId: string
  productIds: string[]
  report: Record<string, unknown>
}

/**
 * Seeds through the public admin API exactly as Medusa's bench does: S channels, one
 * publishable key on the first, a stock location linked to it, P products with one managed
 * variant each (even ones in the key's channel), stock for every variant at the location, and a
 * usd region (store reads with `region_id` price every variant: calculated_price).
 */
export async function seedOverHttp(
  api: ApiClient,
  {
    S,
    P,
    concurrency,
    stock,
    shippingProfileId,
  }: { S: number; P: number; concurrency: number; stock: number; shippingProfileId?: string },
): Promise<SeedResult> {
  const run = Date.now().toString(36)
  const report: Record<string, unknown> = {}
  const channels: { id: string }[] = []
  for (let i = 0; i < S; i++) {
    channels.push(
      (await api.request("POST", "/admin/sales-channels", { name: `bench-${run}-sc-${i}` })).body.sales_channel,
    )
  }
  const keyChannel = channels[0]
  const region = (await api.request("POST", "/admin/regions", { name: `bench-${run}-region`, currency_code: "usd" }))
    .body.region
  const key = (await api.request("POST", "/admin/api-keys", { title: `bench-${run}-key`, type: "publishable" })).body
    .api_key
  await api.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [keyChannel.id] })
  const loc = (await api.request("POST", "/admin/stock-locations", { name: `bench-${run}-loc` })).body.stock_location
  await api.request("POST", `/admin/stock-locations/${loc.id}/sales-channels`, { add: [keyChannel.id] })

  const latencies: number[] = []
  const t0 = performance.now()
  const products = await pool(
    Array.from({ length: P }, (_, i) => i),
    concurrency,
    async (i) => {
      const sc = i % 2 === 0 || S === 1 ? keyChannel : channels[1 + (((i - 1) / 2) % (S - 1))]
      const r = await api.request(
        "POST",
        "/admin/products?fields=id,variants.id,variants.inventory_items.inventory_item_id",
        {
          title: `bench ${run} product ${i}`,
          handle: `bench-${run}-p-${i}`,
          status: "published",
          options: [{ title: "Size", values: ["One"] }],
          variants: [
            {
              title: "One",
              sku: `bench-${run}-sku-${i}`,
              options: { Size: "One" },
              manage_inventory: true,
              prices: [{ amount: 1000 + i, currency_code: "usd" }],
            },
          ],
          sales_channels: [{ id: sc.id }],
          ...(shippingProfileId && { shipping_profile_id: shippingProfileId }),
        },
      )
      latencies.push(r.ms)
      return r.body.product as { id: string; variants: { inventory_items: { inventory_item_id: string }[] }[] }
    },
  )
  const productsMs = performance.now() - t0
  latencies.sort((a, b) => a - b)
  report.products = {
    count: P,
    total_ms: Math.round(productsMs),
    per_second: Math.round((P / (productsMs / 1000)) * 10) / 10,
    p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
    concurrency,
    method: "POST /admin/products with sales_channels:[{id}] (product + channel link in one call)",
  }
  const items = products.flatMap((p) => p.variants.flatMap((v) => v.inventory_items.map((ii) => ii.inventory_item_id)))
  const t1 = performance.now()
  for (let off = 0; off < items.length; off += 250) {
    await api.request("POST", "/admin/inventory-items/location-levels/batch", {
      create: items
        .slice(off, off + 250)
        .map((id) => ({ inventory_item_id: id, location_id: loc.id, stocked_quantity: stock })),
    })
  }
  report.inventory_levels = { count: items.length, total_ms: Math.round(performance.now() - t1) }
  return {
    keyToken: key.token,
    keyChannelId: keyChannel.id,
    regionId: region.id,
    productIds: products.map((p) => p.id),
    report,
  }
}
