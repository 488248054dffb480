import { Readable } from "node:stream"
import type { Container } from "../../../src/app/container.js"
import { createApiKeysWorkflow } from "../../../src/workflows/api-key/create-api-keys.js"
import { linkSalesChannelsToApiKeyWorkflow } from "../../../src/workflows/api-key/link-sales-channels-to-api-key.js"
import {
  importProductsCsv,
  type ImportOptions,
  type ImportSummary,
} from "../../../src/workflows/import/import-products.js"
import { createSalesChannelsWorkflow } from "../../../src/workflows/sales-channel/create-sales-channels.js"
import { createStockLocationsWorkflow } from "../../../src/workflows/stock-location/create-stock-locations.js"
import { linkSalesChannelsToStockLocationWorkflow } from "../../../src/workflows/stock-location/link-sales-channels-to-stock-location.js"

/**
 * What examples/products.csv expects to exist: two storefront channels, each with a key and a
 * location of its own (as `salesgraph seed` makes them).
 */
export async function importWorld(c: Container) {
  const [web, retail] = await createSalesChannelsWorkflow(c, [{ name: "Web shop" }, { name: "Retail store" }])
  const [warehouse, shop] = await createStockLocationsWorkflow(c, [
    { name: "Main warehouse" },
    { name: "Downtown store" },
  ])
  await linkSalesChannelsToStockLocationWorkflow(c, { id: warehouse.id as string, add: [web.id as string] })
  await linkSalesChannelsToStockLocationWorkflow(c, { id: shop.id as string, add: [retail.id as string] })
  const [webKey, retailKey] = await createApiKeysWorkflow(c, [
    { title: "web", type: "publishable", created_by: "test" },
    { title: "retail", type: "publishable", created_by: "test" },
  ])
  await linkSalesChannelsToApiKeyWorkflow(c, { id: webKey.id as string, add: [web.id as string] })
  await linkSalesChannelsToApiKeyWorkflow(c, { id: retailKey.id as string, add: [retail.id as string] })
  return {
    web: web.id as string,
    retail: retail.id as string,
    warehouse: warehouse.id as string,
    shop: shop.id as string,
    webKey: webKey.token as string,
    retailKey: retailKey.token as string,
  }
}

/** Imports CSV text, fed in small chunks so records cross chunk boundaries as in a real file. */
export function importText(c: Container, text: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const chunks: Buffer[] = []
  const bytes = Buffer.from(text, "utf8")
  for (let i = 0; i < bytes.length; i += 37) chunks.push(bytes.subarray(i, i + 37))
  return importProductsCsv(c, Readable.from(chunks), options)
}

/** "line 3: reason" lines of a summary's rejections, sorted by line. */
export function rejectedLines(summary: ImportSummary): string[] {
  return summary.rejections
    .flatMap((r) => r.problems.map((p) => `${p.lines.join(",")}: ${p.reason}`))
    .sort((a, b) => parseInt(a) - parseInt(b))
}
