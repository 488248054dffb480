/**
 * Medusa's storefront pages timed by their server calls: each page replays, in order, the store
 * API requests the DTC starter's Next.js server makes for it (read from
 * ../shared/clients/medusa-storefront/src: app/[countryCode]/ pages, lib/data/*.ts), and its time
 * is the sum of those requests' times. Runs R rounds and reports the median per page.
 * Both backends serve the same shop, made through their admin API by ./storefront/catalogue.ts
 * (its own channel, key, region, stock location and shipping option, 24 products in 3 collections).
 *   npx tsx bench/storefront-pages.ts      (salesgraph: a fresh embedded one; build first)
 *   MEDUSA_URL=http://127.0.0.1:9100 …     (the anchor too, same rounds alternated, after one
 *                                           unrecorded warm-up pass on each)
 * Env: R=7, PLACE_ORDER=1 (also times "Place order": completes a cart, which writes an order and
 * reserves stock; off by default so that a shared anchor is not filled with orders),
 * MEDUSA_EMAIL, MEDUSA_PASSWORD, PROFILE=1 (salesgraph runs under --cpu-prof, written to
 * bench/results/profiles/; summarise with bench/profile-summary.ts). Not timed by the storefront's own rendering: the backend only.
 */
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import { join } from "node:path"
import { ApiClient } from "./http/client.js"
import { NODE_FLAGS, runCli, startProcess, type ServerProcess } from "./http/server-process.js"
import { seedStorefrontShop, type StorefrontShop } from "./storefront/catalogue.js"

const R = Number(process.env.R ?? 7)
const PLACE_ORDER = process.env.PLACE_ORDER === "1"
/** DETAIL=1: also the median time of each request shape (path without ids), per backend */
const DETAIL = process.env.DETAIL === "1"
const requestTimes: Record<string, Record<string, number[]>> = {}
const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,*variants.images,*variants.options,+metadata,+tags,"
const CART_FIELDS =
  "*items, *region, *items.product, *items.variant, *items.thumbnail, *items.metadata, +items.total, *promotions, +shipping_methods.name"

interface Backend {
  label: string
  url: string
  key: string
}

interface Context {
  regionId: string
  country: string
  handle: string
  productId: string
  variantId: string
  cartId?: string
  collectionIds: string[]
}

/** One store request; returns the parsed body and adds its time to `spent`. */
async function call(b: Backend, spent: { ms: number }, method: string, path: string, body?: unknown) {
  const t = performance.now()
  const res = await fetch(b.url + path, {
    method,
    headers: { "x-publishable-api-key": b.key, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await res.json().catch(() => ({}))) as Record<string, any>
  spent.ms += performance.now() - t
  if (DETAIL) {
    const shape = `${method} ${path.split("?")[0].replace(/(cart|pay_col)_[0-9A-Za-z]+/g, ":id")}`
    ;((requestTimes[b.label] ??= {})[shape] ??= []).push(performance.now() - t)
  }
  if (!res.ok) throw new Error(`${b.label}: ${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`)
  return json
}

const q = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined) as [string, string][]).toString()

/** What every page of the (main) layout asks for: the region map (middleware), locales, footer. */
async function layout(b: Backend, s: { ms: number }) {
  await call(b, s, "GET", "/store/regions")
  await call(b, s, "GET", "/store/locales").catch(() => undefined) // the storefront ignores its failure
  await call(b, s, "GET", `/store/collections?${q({ limit: 6, fields: "*products" })}`)
  await call(
    b,
    s,
    "GET",
    `/store/product-categories?${q({ limit: 6, fields: "*category_children, *products, *parent_category, *parent_category.parent_category" })}`,
  )
}

const listProducts = (b: Backend, s: { ms: number }, c: Context, extra: Record<string, string | number>) =>
  call(
    b,
    s,
    "GET",
    `/store/products?${q({ limit: 12, offset: 0, region_id: c.regionId, fields: PRODUCT_FIELDS, ...extra })}`,
  )

type Page = (b: Backend, s: { ms: number }, c: Context) => Promise<unknown>

const PAGES: [string, Page][] = [
  [
    "home",
    async (b, s, c) => {
      await layout(b, s)
      await call(b, s, "GET", `/store/collections?${q({ limit: 3, fields: "id, handle, title" })}`)
      for (const id of c.collectionIds.slice(0, 3))
        await call(
          b,
          s,
          "GET",
          `/store/products?${q({ region_id: c.regionId, collection_id: id, fields: "*variants.calculated_price" })}`,
        )
    },
  ],
  [
    "store list",
    async (b, s, c) => {
      await layout(b, s)
      await listProducts(b, s, c, { limit: 100 }) // listProductsWithSort reads up to 100 and sorts them itself
    },
  ],
  [
    "product page",
    async (b, s, c) => {
      await layout(b, s)
      await listProducts(b, s, c, { handle: c.handle }) // metadata
      await listProducts(b, s, c, { handle: c.handle }) // the page
      await listProducts(b, s, c, { id: c.productId }) // the actions wrapper
      await listProducts(b, s, c, { limit: 4, ...(c.collectionIds[0] ? { collection_id: c.collectionIds[0] } : {}) }) // related
    },
  ],
  [
    "add to cart",
    async (b, s, c) => {
      const cart = await call(b, s, "POST", "/store/carts", { region_id: c.regionId })
      c.cartId = cart.cart.id
      await call(b, s, "POST", `/store/carts/${c.cartId}/line-items`, { variant_id: c.variantId, quantity: 1 })
    },
  ],
  [
    "cart",
    async (b, s, c) => {
      await layout(b, s)
      await call(b, s, "GET", `/store/carts/${c.cartId}?${q({ fields: CART_FIELDS })}`)
      await call(b, s, "GET", `/store/shipping-options?${q({ cart_id: c.cartId })}`)
    },
  ],
  [
    "checkout: address",
    async (b, s, c) => {
      await call(b, s, "GET", `/store/carts/${c.cartId}?${q({ fields: CART_FIELDS })}`)
      const address = {
        first_name: "Ada",
        last_name: "Lovelace",
        address_1: "1 Main St",
        city: "Springfield",
        postal_code: "12345",
        country_code: c.country,
      }
      await call(b, s, "POST", `/store/carts/${c.cartId}`, {
        email: "ada@example.com",
        shipping_address: address,
        billing_address: address,
      })
    },
  ],
  [
    "checkout: delivery",
    async (b, s, c) => {
      await call(b, s, "GET", `/store/carts/${c.cartId}?${q({ fields: CART_FIELDS })}`)
      const { shipping_options } = await call(b, s, "GET", `/store/shipping-options?${q({ cart_id: c.cartId })}`)
      if (!shipping_options?.length) throw new Error(`${b.label}: no shipping option for the cart`)
      await call(b, s, "POST", `/store/carts/${c.cartId}/shipping-methods`, { option_id: shipping_options[0].id })
    },
  ],
  [
    "checkout: payment",
    async (b, s, c) => {
      await call(b, s, "GET", `/store/carts/${c.cartId}?${q({ fields: CART_FIELDS })}`)
      await call(b, s, "GET", `/store/payment-providers?${q({ region_id: c.regionId })}`)
      const { payment_collection } = await call(b, s, "POST", "/store/payment-collections", { cart_id: c.cartId })
      await call(b, s, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
    },
  ],
  [
    "checkout: review",
    async (b, s, c) => {
      await call(b, s, "GET", `/store/carts/${c.cartId}?${q({ fields: CART_FIELDS })}`)
      if (PLACE_ORDER) await call(b, s, "POST", `/store/carts/${c.cartId}/complete`)
    },
  ],
]

/** The page context of a freshly seeded storefront shop: its region, country and a product. */
function contextOf(shop: StorefrontShop): Context {
  const product = shop.products[0]
  return {
    regionId: shop.regionId,
    country: shop.country,
    handle: product.handle,
    productId: product.id,
    variantId: product.variantId,
    collectionIds: shop.collectionIds,
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const ADMIN = { email: "bench@salesgraph.local", password: "bench-password" }
const dataDir = mkdtempSync(join(os.tmpdir(), "salesgraph-storefront-"))
const env = { SALESGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" }
let server: ServerProcess | undefined
try {
  const first = await startProcess([...NODE_FLAGS, "dist/cli/main.js", "start"], env)
  await first.stop()
  runCli(["user", "-e", ADMIN.email, "-p", ADMIN.password], env)
  const profile = process.env.PROFILE === "1" ? ["--cpu-prof", "--cpu-prof-dir", "bench/results/profiles"] : []
  server = await startProcess([...NODE_FLAGS, ...profile, "dist/cli/main.js", "start"], env)
  const targets = [{ label: "salesgraph", url: server.url, ...ADMIN }]
  const medusa = process.env.MEDUSA_URL
  if (medusa)
    targets.push({
      label: "Medusa 2.21.2",
      url: medusa,
      email: process.env.MEDUSA_EMAIL ?? "admin@example.com",
      password: process.env.MEDUSA_PASSWORD ?? "supersecret",
    })
  const backends: Backend[] = []
  const contexts: Context[] = []
  for (const t of targets) {
    const api = new ApiClient(t.url)
    await api.login(t.email, t.password)
    const shop = await seedStorefrontShop(api)
    backends.push({ label: t.label, url: t.url, key: shop.keyToken })
    contexts.push(contextOf(shop))
  }
  // one unrecorded pass per backend: first-use costs (statement plans, caches) are not a page's
  for (const [i, b] of backends.entries()) for (const [, run] of PAGES) await run(b, { ms: 0 }, contexts[i])
  const times: Record<string, Record<string, number[]>> = {}
  for (let round = 0; round < R; round++)
    for (const [i, b] of backends.entries())
      for (const [page, run] of PAGES) {
        const spent = { ms: 0 }
        await run(b, spent, contexts[i])
        ;((times[b.label] ??= {})[page] ??= []).push(spent.ms)
      }
  const report = {
    rounds: R,
    place_order: PLACE_ORDER,
    load: os.loadavg().map((x) => Math.round(x * 10) / 10),
    median_ms: Object.fromEntries(
      PAGES.map(([page]) => [
        page,
        Object.fromEntries(backends.map((b) => [b.label, Math.round(median(times[b.label][page]) * 10) / 10])),
      ]),
    ),
  }
  const detail = Object.fromEntries(
    Object.entries(requestTimes).map(([label, shapes]) => [
      label,
      Object.fromEntries(Object.entries(shapes).map(([shape, ms]) => [shape, Math.round(median(ms) * 10) / 10])),
    ]),
  )
  console.log(JSON.stringify(DETAIL ? { ...report, request_median_ms: detail } : report, null, 2))
} finally {
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
