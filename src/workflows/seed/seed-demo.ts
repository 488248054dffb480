import type { Container } from "../../app/container.js"
import type { FindConfig } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { createApiKeysWorkflow } from "../api-key/create-api-keys.js"
import { linkSalesChannelsToApiKeyWorkflow } from "../api-key/link-sales-channels-to-api-key.js"
import { createDefaultsWorkflow } from "../defaults/create-defaults.js"
import { createRegionsWorkflow } from "../region/create-regions.js"
import { setRegionPaymentProviders } from "../region/payment-providers.js"
import { createSalesChannelsWorkflow } from "../sales-channel/create-sales-channels.js"
import { createStockLocationsWorkflow } from "../stock-location/create-stock-locations.js"
import { linkSalesChannelsToStockLocationWorkflow } from "../stock-location/link-sales-channels-to-stock-location.js"
import { updateStoreWorkflow } from "../store/update-store.js"
import {
  DEMO_PAYMENT_PROVIDER,
  demoChannels,
  demoKeys,
  demoLocations,
  demoProducts,
  demoRegions,
  demoShippingLocations,
  demoShippingOptions,
  type DemoProduct,
} from "./demo-catalog.js"
import { linkProductsToProfile, seedProductBatch } from "./seed-products.js"
import { seedLocationShipping } from "./seed-shipping.js"

export const SEED_KINDS = [
  "sales channels",
  "publishable keys",
  "stock locations",
  "regions",
  "products",
  "variants",
  "inventory levels",
  "fulfillment sets",
  "service zones",
  "shipping options",
] as const
export type SeedKind = (typeof SEED_KINDS)[number]

export interface SeedResult {
  created: Record<SeedKind, number>
  existing: Record<SeedKind, number>
  /** the demo's publishable keys (found or created), with the channels they open */
  keys: { title: string; token: string; channels: string[] }[]
  /** region name → id, for store calls that price in a region */
  regions: Map<string, string>
}

export interface SeedObserver {
  /** called once with the number of records the seed looks at */
  start?(total: number): void
  /** called as records are found or created */
  progress?(done: number, step: SeedKind): void
}

// two seeds at once must not both find "Web shop" missing and create it twice (names are not unique)
const SEED_LOCK = 7_301_551
const PRODUCTS_PER_TRANSACTION = 8

/** The number of records a run looks at: what a first run creates. */
export function demoRecordCount(): number {
  const catalogue = demoProducts.length + countVariants(demoProducts) + countLevels(demoProducts)
  const shipping = demoShippingLocations().length * (2 + demoShippingOptions.length)
  return demoChannels.length + demoKeys.length + demoLocations.length + demoRegions.length + catalogue + shipping
}

const zero = (): Record<SeedKind, number> =>
  Object.fromEntries(SEED_KINDS.map((k) => [k, 0])) as Record<SeedKind, number>

/** One step of the seed in one transaction, holding the seed lock so concurrent runs queue. */
function step<T>(c: Container, work: (tx: Container) => Promise<T>): Promise<T> {
  return c.transaction(async (tx) => {
    await tx.db.query(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK}::bigint)`)
    return work(tx)
  })
}

/**
 * The demo catalogue, through the workflows (events, links and checks as any write). Each
 * record is looked up by name, title, handle or SKU and created only when missing; what exists
 * is left as it is (a second run writes nothing). A product is created with its variants,
 * prices, channel links and inventory levels in one transaction, so an interrupted run leaves
 * no half-made product behind.
 */
export async function seedDemoWorkflow(c: Container, observer: SeedObserver = {}): Promise<SeedResult> {
  const created = zero()
  const existing = zero()
  let done = 0
  const tally = (kind: SeedKind, made: number, found: number) => {
    created[kind] += made
    existing[kind] += found
    done += made + found
    observer.progress?.(done, kind)
  }
  observer.start?.(demoRecordCount())

  const defaults = await createDefaultsWorkflow(c)
  await ensureStoreCurrency(c, defaults.store_id, "usd")
  const channelIds = await ensureChannels(c, tally)
  const keys = await ensureKeys(c, channelIds, tally)
  const locationIds = await ensureLocations(c, channelIds, tally)
  const regions = await ensureRegions(c, tally)
  const profileId = defaults.default_shipping_profile_id
  await ensureShipping(c, locationIds, profileId, defaults.store_id, tally)

  const handles = demoProducts.map((p) => p.handle)
  const found = new Set(
    (await c.modules.product.listProducts({ handle: handles }, { select: ["handle"] })).map((p) => p.handle),
  )
  const present = demoProducts.filter((p) => found.has(p.handle))
  tally("products", 0, present.length)
  tally("variants", 0, countVariants(present))
  tally("inventory levels", 0, countLevels(present))
  const missing = demoProducts.filter((p) => !found.has(p.handle))
  for (let i = 0; i < missing.length; i += PRODUCTS_PER_TRANSACTION) {
    const batch = missing.slice(i, i + PRODUCTS_PER_TRANSACTION)
    const result = await step(c, (tx) => seedProductBatch(tx, batch, { channelIds, locationIds, profileId }))
    tally("products", result.products, batch.length - result.products)
    tally("variants", result.variants, countVariants(batch) - result.variants)
    tally("inventory levels", result.levels, countLevels(batch) - result.levels)
  }
  // products of an earlier seed, made before it gave them a shipping profile
  await step(c, (tx) =>
    linkProductsToProfile(
      tx,
      demoProducts.map((p) => p.handle),
      profileId,
    ),
  )
  return { created, existing, keys, regions }
}

const countVariants = (products: DemoProduct[]) => products.reduce((n, p) => n + p.variants.length, 0)
const countLevels = (products: DemoProduct[]) =>
  products.reduce((n, p) => n + p.variants.reduce((m, v) => m + Object.keys(v.stock).length, 0), 0)

type Tally = (kind: SeedKind, made: number, found: number) => void

/** Rows found by name, the oldest first (a name made twice by hand: the seed uses the first). */
const OLDEST_FIRST_BY_NAME: FindConfig = { select: ["id", "name"], order: { created_at: "ASC" } }

/** name → id of the first row of each name. */
function firstIdByName(rows: { id: string; name: string }[]): Map<string, string> {
  const ids = new Map<string, string>()
  for (const row of rows) if (!ids.has(row.name)) ids.set(row.name, row.id)
  return ids
}

/** The region's currency among the store's, so the admin shows its prices (eur stays the default). */
async function ensureStoreCurrency(c: Container, storeId: string, code: string) {
  await step(c, async (tx) => {
    const current = await tx.modules.store.listStoreCurrencies(
      { store_id: storeId },
      { select: ["currency_code", "is_default", "is_tax_inclusive"] },
    )
    if (current.some((cur) => cur.currency_code === code)) return
    const kept = current.map((cur) => ({
      currency_code: cur.currency_code,
      is_default: cur.is_default as boolean,
      is_tax_inclusive: cur.is_tax_inclusive as boolean,
    }))
    await updateStoreWorkflow(tx, storeId, {
      supported_currencies: [...kept, { currency_code: code, is_default: kept.length === 0 }],
    })
  })
}

/** name → id of the demo channels. */
async function ensureChannels(c: Container, tally: Tally): Promise<Map<string, string>> {
  return step(c, async (tx) => {
    const names = demoChannels.map((ch) => ch.name)
    const found = await tx.modules.sales_channel.listSalesChannels({ name: names }, OLDEST_FIRST_BY_NAME)
    const ids = firstIdByName(found)
    const missing = demoChannels.filter((ch) => !ids.has(ch.name))
    const made = missing.length ? await createSalesChannelsWorkflow(tx, missing) : []
    for (const row of made) ids.set(row.name, row.id)
    tally("sales channels", made.length, demoChannels.length - made.length)
    return ids
  })
}

async function ensureKeys(c: Container, channelIds: Map<string, string>, tally: Tally): Promise<SeedResult["keys"]> {
  return step(c, async (tx) => {
    const titles = demoKeys.map((k) => k.title)
    const found = await tx.modules.api_key.listApiKeys(
      { title: titles, type: "publishable", revoked_at: null },
      { select: ["id", "title", "token"], order: { created_at: "ASC" } },
    )
    const byTitle = new Map<string, { id: string; token: string }>()
    for (const row of found) if (!byTitle.has(row.title)) byTitle.set(row.title, { id: row.id, token: row.token })
    let made = 0
    for (const key of demoKeys.filter((k) => !byTitle.has(k.title))) {
      const [row] = await createApiKeysWorkflow(tx, [{ title: key.title, type: "publishable", created_by: "" }])
      // only a key made here gets the demo's channels: a found key keeps the channels it was given
      await linkSalesChannelsToApiKeyWorkflow(tx, {
        id: row.id,
        add: key.channels.map((n) => channelIds.get(n)!),
      })
      byTitle.set(key.title, { id: row.id, token: row.token })
      made++
    }
    tally("publishable keys", made, demoKeys.length - made)
    return demoKeys.map((k) => ({ title: k.title, token: byTitle.get(k.title)!.token, channels: k.channels }))
  })
}

/** name → id of the demo locations. */
async function ensureLocations(
  c: Container,
  channelIds: Map<string, string>,
  tally: Tally,
): Promise<Map<string, string>> {
  return step(c, async (tx) => {
    const names = demoLocations.map((l) => l.name)
    const found = await tx.modules.stock_location.listStockLocations({ name: names }, OLDEST_FIRST_BY_NAME)
    const ids = firstIdByName(found)
    const missing = demoLocations.filter((l) => !ids.has(l.name))
    const made = missing.length
      ? await createStockLocationsWorkflow(
          tx,
          missing.map(({ name, address }) => ({ name, address })),
        )
      : []
    for (const [i, row] of made.entries()) {
      ids.set(row.name, row.id)
      await linkSalesChannelsToStockLocationWorkflow(tx, {
        id: row.id,
        add: missing[i].channels.map((n) => channelIds.get(n)!),
      })
    }
    tally("stock locations", made.length, demoLocations.length - made.length)
    return ids
  })
}

/** name → id of the demo regions. */
async function ensureRegions(c: Container, tally: Tally): Promise<Map<string, string>> {
  return step(c, async (tx) => {
    const found = await tx.modules.region.listRegions({ name: demoRegions.map((r) => r.name) }, OLDEST_FIRST_BY_NAME)
    const ids = firstIdByName(found)
    await addPaymentProvider(tx, [...ids.values()])
    const missing = demoRegions.filter((r) => !ids.has(r.name))
    if (missing.length === 0) {
      tally("regions", 0, demoRegions.length)
      return ids
    }
    const wanted = missing.flatMap((r) => r.countries)
    // a country another region already holds stays there: the demo region goes without it
    const taken = new Set(
      wanted.length
        ? (await tx.modules.region.listRegionCountries({ iso_2: wanted }, { select: ["iso_2"] })).map((r) => r.iso_2)
        : [],
    )
    const made = await createRegionsWorkflow(
      tx,
      missing.map((r) => ({
        name: r.name,
        currency_code: r.currency_code,
        countries: r.countries.filter((code) => !taken.has(code)),
        payment_providers: [DEMO_PAYMENT_PROVIDER],
      })),
    )
    for (const row of made) ids.set(row.name, row.id)
    tally("regions", made.length, demoRegions.length - made.length)
    return ids
  })
}

/** A fulfillment set, service zone and the shipping options at each storefront location, priced in the store's currencies. */
async function ensureShipping(
  c: Container,
  locationIds: Map<string, string>,
  profileId: string,
  storeId: string,
  tally: Tally,
) {
  const currencies = (
    await c.modules.store.listStoreCurrencies(
      { store_id: storeId },
      { select: ["currency_code"], order: { currency_code: "ASC" } },
    )
  ).map((cur) => cur.currency_code)
  for (const location of demoShippingLocations()) {
    const made = await step(c, (tx) =>
      seedLocationShipping(tx, { id: locationIds.get(location.name)!, name: location.name }, profileId, currencies),
    )
    tally("fulfillment sets", made.sets, 1 - made.sets)
    tally("service zones", made.zones, 1 - made.zones)
    tally("shipping options", made.options, demoShippingOptions.length - made.options)
  }
}

/** A demo region found without the demo's payment provider (removed since) gets it back, beside its others. */
async function addPaymentProvider(tx: Container, regionIds: string[]) {
  if (!regionIds.length) return
  const { data } = await tx.query.graph<{ id: string; payment_providers: { id: string }[] }>({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: regionIds },
  })
  for (const region of data) {
    const providers = region.payment_providers.map((p) => p.id)
    if (!providers.includes(DEMO_PAYMENT_PROVIDER))
      await setRegionPaymentProviders(tx, region.id, [...providers, DEMO_PAYMENT_PROVIDER])
  }
}
