import assert from "node:assert/strict"
import fc from "fast-check"
import { before, describe, test } from "node:test"
import { checkoutSuite } from "../http/store/carts/test-support/checkout-suite.js"
import {
  assertErrorShape,
  fingerprinter,
  hostileString,
  jsonTree,
  mutate,
  mutation,
  PROTOTYPE_KEYS,
  prototypeWatch,
  render,
  toTree,
  type JsonTree,
} from "./test-support/hostile.js"

/**
 * Hostile request bodies (fast-check) on a representative set of admin, store and auth
 * routes: valid bodies with one hostile change anywhere in them, and arbitrary JSON. Every
 * answer is below 500, a refusal has Medusa's shape and writes nothing, and no built-in
 * prototype gains a key. Runs per property: SALESGRAPH_FC_RUNS (default 60).
 */

const RUNS = Number(process.env.SALESGRAPH_FC_RUNS ?? 60)

describe("hostile bodies", () => {
  const { s, shop } = checkoutSuite()
  let fingerprint: () => Promise<string>
  let polluted: () => string[]
  const ids = { channel: "", product: "", cart: "", location: "" }

  before(async () => {
    fingerprint = await fingerprinter(s.app.core.pool)
    polluted = prototypeWatch()
    ids.channel = (await s.request("POST", "/admin/sales-channels", { body: { name: "Target" } })).body.sales_channel.id
    ids.product = (
      await s.request("POST", "/admin/products", {
        body: { title: "Target", options: [{ title: "o", values: ["v"] }] },
      })
    ).body.product.id
    ids.location = (
      await s.request("POST", "/admin/stock-locations", { body: { name: "Target" } })
    ).body.stock_location.id
    ids.cart = (
      await s.request("POST", "/store/carts", { key: s.publishableKey, body: { region_id: shop.region.us } })
    ).body.cart.id
  })

  interface Route {
    method: string
    path: () => string
    valid: () => unknown
    store?: boolean
    token?: null
  }

  const routes: Record<string, Route> = {
    "POST /admin/sales-channels": {
      method: "POST",
      path: () => "/admin/sales-channels",
      valid: () => ({ name: "n", description: "d", is_disabled: false, metadata: { a: 1 } }),
    },
    "POST /admin/sales-channels/:id": {
      method: "POST",
      path: () => `/admin/sales-channels/${ids.channel}`,
      valid: () => ({ name: "n", metadata: { a: { b: [1] } } }),
    },
    "POST /admin/sales-channels/:id/products": {
      method: "POST",
      path: () => `/admin/sales-channels/${ids.channel}/products`,
      valid: () => ({ add: [ids.product], remove: [] }),
    },
    "POST /admin/products": {
      method: "POST",
      path: () => "/admin/products",
      valid: () => ({
        title: "Hostile",
        status: "published",
        sales_channels: [{ id: ids.channel }],
        options: [{ title: "Size", values: ["S", "M"] }],
        variants: [
          {
            title: "S",
            sku: null,
            options: { Size: "S" },
            prices: [{ currency_code: "usd", amount: 5 }],
            manage_inventory: true,
          },
        ],
        metadata: { k: "v" },
      }),
    },
    "POST /admin/products/:id": {
      method: "POST",
      path: () => `/admin/products/${ids.product}`,
      valid: () => ({ title: "t", sales_channels: [{ id: ids.channel }] }),
    },
    "POST /admin/api-keys": {
      method: "POST",
      path: () => "/admin/api-keys",
      valid: () => ({ title: "k", type: "publishable" }),
    },
    "POST /admin/stock-locations": {
      method: "POST",
      path: () => "/admin/stock-locations",
      valid: () => ({ name: "L", address: { address_1: "a", country_code: "us", city: "c" }, metadata: null }),
    },
    "POST /admin/stock-locations/:id/sales-channels": {
      method: "POST",
      path: () => `/admin/stock-locations/${ids.location}/sales-channels`,
      valid: () => ({ add: [ids.channel] }),
    },
    "POST /admin/regions": {
      method: "POST",
      path: () => "/admin/regions",
      valid: () => ({ name: "R", currency_code: "eur", countries: ["it"], payment_providers: ["pp_system_default"] }),
    },
    "POST /store/carts": {
      method: "POST",
      store: true,
      path: () => "/store/carts",
      valid: () => ({
        region_id: shop.region.us,
        email: "a@b.co",
        items: [{ variant_id: shop.variant.teeM, quantity: 1 }],
        metadata: { m: 1 },
      }),
    },
    "POST /store/carts/:id/line-items": {
      method: "POST",
      store: true,
      path: () => `/store/carts/${ids.cart}/line-items`,
      valid: () => ({ variant_id: shop.variant.teeM, quantity: 2 }),
    },
    "POST /store/carts/:id": {
      method: "POST",
      store: true,
      path: () => `/store/carts/${ids.cart}`,
      valid: () => ({ email: "c@d.co", shipping_address: { city: "x" } }),
    },
    "POST /store/payment-collections": {
      method: "POST",
      store: true,
      path: () => "/store/payment-collections",
      valid: () => ({ cart_id: ids.cart }),
    },
    "POST /auth/user/emailpass": {
      method: "POST",
      token: null,
      path: () => "/auth/user/emailpass",
      valid: () => ({ email: "admin@salesgraph.test", password: "wrong" }),
    },
  }

  async function check(name: string, route: Route, body: string) {
    const before = await fingerprint()
    const r = await s.request(route.method, route.path(), {
      rawBody: body,
      key: route.store ? s.publishableKey : undefined,
      token: route.store ? null : route.token,
    })
    assertErrorShape(r.status, r.body, `${name} ${body.slice(0, 300)}`)
    if (r.status >= 400)
      assert.equal(await fingerprint(), before, `${name}: a refused request (${r.status}) wrote: ${body.slice(0, 300)}`)
    assert.deepEqual(polluted(), [], `${name}: a prototype gained keys`)
    return r
  }

  for (const [name, route] of Object.entries(routes)) {
    test(`${name}: a valid body with one hostile change`, async () => {
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          await check(name, route, render(mutate(route.valid(), m)))
        }),
        { numRuns: RUNS },
      )
    })
  }

  test("any JSON, prototype keys included, on every route", async () => {
    const names = Object.keys(routes)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), jsonTree, async (name, tree) => {
        await check(name, routes[name], render(tree))
      }),
      { numRuns: RUNS * 2 },
    )
  })

  test("prototype keys at every level of an accepted body pollute nothing and are kept as data", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom(...PROTOTYPE_KEYS), async (outer, inner) => {
        const payload: JsonTree = { entries: [[inner, { entries: [["polluted", { leaf: "yes" }]] }]] }
        const body: JsonTree = {
          entries: [
            ["name", { leaf: "proto" }],
            ["metadata", { entries: [[outer, payload]] }],
            ["__proto__", payload],
          ],
        }
        const r = await check("POST /admin/sales-channels", routes["POST /admin/sales-channels"], render(body))
        assert.equal(r.status, 200, JSON.stringify(r.body))
        // `__proto__` never arrives (the parser drops it); other names are plain data
        const expected =
          outer === "__proto__" ? {} : { [outer]: inner === "__proto__" ? {} : { [inner]: { polluted: "yes" } } }
        assert.deepEqual(r.body.sales_channel.metadata, expected)
      }),
      { numRuns: 30 },
    )
  })

  test("strings and metadata are stored as sent (injection shapes are data, never SQL)", async () => {
    // well-formed UTF-16 without NUL: what PostgreSQL text can hold (the others are refused)
    const storable = hostileString.filter(
      (v) => !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(v),
    )
    const key = storable.filter((k) => k !== "__proto__") // dropped by the parser, tested above
    await fc.assert(
      fc.asyncProperty(storable, fc.dictionary(key, storable, { maxKeys: 4 }), async (name, metadata) => {
        const body = {
          entries: [
            ["name", { leaf: name }],
            ["description", { leaf: name }],
            ["metadata", toTree(metadata)],
          ],
        } as JsonTree
        const r = await check("POST /admin/sales-channels", routes["POST /admin/sales-channels"], render(body))
        assert.equal(r.status, 200, JSON.stringify(r.body))
        const read = await s.request(
          "GET",
          `/admin/sales-channels/${r.body.sales_channel.id}?fields=name,description,metadata`,
        )
        assert.equal(read.body.sales_channel.name, name)
        assert.equal(read.body.sales_channel.description, name)
        assert.deepEqual(read.body.sales_channel.metadata, { ...metadata })
      }),
      { numRuns: RUNS },
    )
  })
})
