import assert from "node:assert/strict"
import fc from "fast-check"
import { before, describe, test } from "node:test"
import { MAX_JSON_ARRAY, MAX_JSON_DEPTH } from "../http/json-body.js"
import { serverSuite } from "../test-support/server-suite.js"
import {
  assertErrorShape,
  encodeLoosely,
  fingerprinter,
  hostileKey,
  hostileString,
  PROTOTYPE_KEYS,
  prototypeWatch,
  rawRequest,
} from "./test-support/hostile.js"

/**
 * Hostile query strings, `fields`, `order`, filters, path ids, headers and raw bytes
 * (fast-check) on representative admin and store routes, and the body limits. No answer is a
 * 5xx, refusals have Medusa's shape, reads write nothing, no prototype gains a key.
 */

const RUNS = Number(process.env.SALESGRAPH_FC_RUNS ?? 60)

const LIST_ROUTES = [
  "/admin/products",
  "/admin/sales-channels",
  "/admin/api-keys",
  "/admin/stock-locations",
  "/admin/orders",
  "/admin/inventory-items",
  "/admin/regions",
  "/admin/product-variants",
  "/store/products",
  "/store/product-variants",
  "/store/regions",
]

const SEGMENTS = [
  "id",
  "title",
  "handle",
  "name",
  "status",
  "metadata",
  "variants",
  "options",
  "values",
  "prices",
  "sales_channels",
  "inventory_items",
  "inventory",
  "location_levels",
  "product",
  "stock_locations",
  "publishable_api_keys",
  "token",
  "salt",
  "calculated_price",
  "inventory_quantity",
  "items",
  "*",
  "",
  ...PROTOTYPE_KEYS,
]

/** A name alone (most often), or `a.b.c` paths over real relation names, prototype names and hostile strings. */
const fieldPath = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SEGMENTS) },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SEGMENTS) }, { weight: 1, arbitrary: hostileString }),
        { minLength: 1, maxLength: 5 },
      )
      .map((parts) => parts.join(".")),
  },
)

const fieldsParam = fc
  .array(fc.tuple(fc.constantFrom("", "+", "-", "*", " "), fieldPath), { maxLength: 6 })
  .map((tokens) => tokens.map(([p, f]) => p + f).join(","))

const orderParam = fc
  .array(fc.tuple(fc.constantFrom("", "-", "+"), fieldPath), { minLength: 1, maxLength: 3 })
  .map((t) => t.map(([p, f]) => p + f).join(","))

/** A query-string key: plain, bracketed (`a[$gt]`, `$and[0][title]`), dotted, or hostile. */
const queryKey = fc.oneof(
  fc.constantFrom(
    "fields",
    "order",
    "limit",
    "offset",
    "q",
    "id",
    "title",
    "handle",
    "name",
    "status",
    "sales_channel_id",
    "with_deleted",
    "currency_code",
  ),
  fc
    .tuple(
      fc.constantFrom("created_at", "updated_at", "title", "id", "q", "limit"),
      fc.constantFrom(
        "$gt",
        "$lte",
        "$in",
        "$like",
        "$re",
        "$eq",
        "$nin",
        "$contains",
        "",
        "0",
        "__proto__",
        "constructor",
      ),
    )
    .map(([k, op]) => `${k}[${op}]`),
  fc
    .tuple(fc.constantFrom("$and", "$or"), fc.nat(3), fc.constantFrom("title", "id", "$or", "name", "constructor"))
    .map(([k, i, f]) => `${k}[${i}][${f}]`),
  fc.tuple(hostileKey, hostileKey).map(([a, b]) => `${a}.${b}`),
  hostileKey,
)

/** Values percent-encoded, or with raw escapes that do not decode (`%FF`, `%`, `%C0%AF`). */
const queryValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.oneof(hostileString, fieldsParam, orderParam, fc.integer().map(String)).map(encodeLoosely),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("%FF", "%", "%zz", "%C0%AF", "%E0%80", "%00", "%ED%A0%80", "a%2", "%25%", "+", "%2B"),
  },
)

const queryString = fc
  .array(fc.tuple(queryKey, queryValue, fc.boolean()), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v, encodeKey]) => `${encodeKey ? encodeLoosely(k) : k}=${v}`).join("&"))

describe("hostile requests", () => {
  const { s } = serverSuite()
  let fingerprint: () => Promise<string>
  let polluted: () => string[]
  let productId = ""

  before(async () => {
    fingerprint = await fingerprinter(s.app.core.pool)
    polluted = prototypeWatch()
    productId = (
      await s.request("POST", "/admin/products", {
        body: {
          title: "P",
          status: "published",
          sales_channels: [{ id: s.defaults.default_sales_channel_id }],
          options: [{ title: "o", values: ["v"] }],
        },
      })
    ).body.product.id
  })

  async function get(path: string) {
    const store = path.startsWith("/store")
    return s.request("GET", path, { key: store ? s.publishableKey : undefined, token: store ? null : undefined })
  }

  test("query strings (filters, operators, fields, order, pagination) on list routes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...LIST_ROUTES), queryString, async (route, query) => {
        const before = await fingerprint()
        const r = await get(`${route}?${query}`)
        assertErrorShape(r.status, r.body, `GET ${route}?${query}`)
        assert.equal(await fingerprint(), before, `GET ${route}?${query} wrote`)
        assert.deepEqual(polluted(), [])
      }),
      { numRuns: RUNS * 3 },
    )
  })

  test("`fields` and `order` alone, on every list route and a product", async () => {
    const routes = [...LIST_ROUTES, `/admin/products/${productId}`, `/store/products/${productId}`]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fieldsParam, fc.option(orderParam), async (route, fields, order) => {
        const query = `fields=${encodeLoosely(fields)}${order === null ? "" : `&order=${encodeLoosely(order)}`}`
        const r = await get(`${route}?${query}`)
        assertErrorShape(r.status, r.body, `GET ${route}?${query}`)
        assert.deepEqual(polluted(), [])
      }),
      { numRuns: RUNS * 3 },
    )
  })

  test("ids in paths: reads, updates and deletes of hostile ids find nothing and write nothing", async () => {
    // "." is a dot segment: the client drops it, so `/admin/products/.` is sent as `/admin/products/`
    // (the list, which Medusa's Express routing also answers there): not an id in a path
    const id = fc.oneof(
      hostileString.filter((v) => v !== "" && v !== ".").map(encodeLoosely),
      fc.constantFrom("%FF", "%2F..%2F", "..", "%00", "x".repeat(600), "%E0%80"),
    )
    // Medusa answers a revoke of an unknown key with 200 `{}`, a delete of one with its envelope
    const routes: [string, (id: string) => string, unknown?][] = [
      ["GET", (i) => `/admin/products/${i}`],
      ["GET", (i) => `/admin/sales-channels/${i}?fields=id`],
      ["POST", (i) => `/admin/sales-channels/${i}`, { name: "x" }],
      ["POST", (i) => `/admin/sales-channels/${i}/products`, { add: [productId] }],
      ["DELETE", (i) => `/admin/sales-channels/${i}`],
      ["DELETE", (i) => `/admin/products/${i}`],
      ["POST", (i) => `/admin/api-keys/${i}/revoke`, {}],
      ["DELETE", (i) => `/admin/api-keys/${i}`],
      ["GET", (i) => `/admin/orders/${i}`],
      ["GET", (i) => `/store/products/${i}`],
      ["GET", (i) => `/store/carts/${i}`],
      ["POST", (i) => `/store/carts/${i}/line-items`, { variant_id: "x", quantity: 1 }],
      ["POST", (i) => `/store/carts/${i}/complete`, {}],
      ["GET", (i) => `/store/orders/${i}`],
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), id, async ([method, path, body], value) => {
        const url = path(value)
        const before = await fingerprint()
        const store = url.startsWith("/store")
        const r = await s.request(method, url, {
          body,
          key: store ? s.publishableKey : undefined,
          token: store ? null : undefined,
        })
        assertErrorShape(r.status, r.body, `${method} ${url}`)
        const nothing =
          r.status >= 400 ||
          (url.endsWith("/revoke") && JSON.stringify(r.body) === "{}") ||
          (method === "DELETE" && r.body.deleted === true)
        assert.ok(nothing, `${method} ${url} found something: ${JSON.stringify(r.body)}`)
        assert.equal(await fingerprint(), before, `${method} ${url} wrote`)
      }),
      { numRuns: RUNS * 2 },
    )
  })

  test("headers: keys, tokens, cookies and ids that are not what they claim", async () => {
    const value = fc.oneof(
      hostileString,
      fc.constantFrom(
        "Bearer ",
        "Basic ",
        "Basic %%%",
        "Basic " + Buffer.from("sk_x:").toString("base64"),
        "Bearer a.b.c",
        "pk_",
        "sk_",
      ),
    )
    const headers = fc.record(
      {
        authorization: value,
        cookie: fc.oneof(
          value,
          value.map((v) => `salesgraph.sid=${v}`),
          fc.constantFrom("salesgraph.sid=%", "salesgraph.sid=%E0%A4%A", "salesgraph.sid=a=b=c"),
        ),
        "x-publishable-api-key": value,
        "x-request-id": value,
        "content-type": fc.constantFrom(
          "application/json",
          "application/json; charset=latin1",
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/jsonx",
          "",
        ),
      },
      { requiredKeys: [] },
    )
    const printable = (h: Record<string, string>) =>
      Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.replace(/[^\x20-\x7e]+/g, encodeLoosely)]))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/admin/products", "/store/products", "/admin/users/me", "/auth/session"),
        headers,
        async (path, h) => {
          const method = path === "/auth/session" ? "POST" : "GET"
          const r = await s.request(method, path, {
            token: null,
            headers: printable(h),
            rawBody: method === "POST" ? "{}" : undefined,
          })
          assertErrorShape(r.status, r.body, `${method} ${path} ${JSON.stringify(h)}`)
          assert.deepEqual(polluted(), [])
        },
      ),
      { numRuns: RUNS * 2 },
    )
  })

  test("raw bytes (not UTF-8, control characters) in the path, the query, a header and the body", async () => {
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 12 })
    const where = fc.constantFrom("path", "query", "header", "body")
    await fc.assert(
      fc.asyncProperty(where, bytes, async (place, raw) => {
        const chunk = Buffer.from(raw)
        const body =
          place === "body" ? Buffer.concat([Buffer.from('{"name":"'), chunk, Buffer.from('"}')]) : Buffer.from("{}")
        const head = Buffer.concat([
          Buffer.from("POST /admin/sales-channels"),
          place === "path" ? Buffer.concat([Buffer.from("/"), chunk]) : Buffer.alloc(0),
          place === "query" ? Buffer.concat([Buffer.from("?q="), chunk]) : Buffer.alloc(0),
          Buffer.from(
            ` HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\ncontent-type: application/json\r\nauthorization: Bearer ${s.adminToken}\r\n`,
          ),
          place === "header"
            ? Buffer.concat([Buffer.from("x-publishable-api-key: "), chunk, Buffer.from("\r\n")])
            : Buffer.alloc(0),
          Buffer.from(`content-length: ${body.length}\r\n\r\n`),
        ])
        const before = await fingerprint()
        const r = await rawRequest(s.url, Buffer.concat([head, body]))
        assert.ok(r.status > 0, `no answer: ${JSON.stringify(r.raw)}`)
        assertErrorShape(r.status, r.body, `${place} bytes ${chunk.toString("hex")}`)
        if (r.status >= 400) assert.equal(await fingerprint(), before)
      }),
      { numRuns: RUNS * 2 },
    )
  })

  describe("limits", () => {
    test(`a body over bodyLimit answers 413; deeper than ${MAX_JSON_DEPTH} levels or with an array over ${MAX_JSON_ARRAY} items, 400`, async () => {
      const before = await fingerprint()
      const cases: [string, string, number, RegExp][] = [
        ["POST", JSON.stringify({ name: "x", description: "d".repeat(s.app.config.bodyLimit) }), 413, /too large/i],
        [
          "POST",
          `{"name":"x","metadata":${'{"a":'.repeat(MAX_JSON_DEPTH)}1${"}".repeat(MAX_JSON_DEPTH)}}`,
          400,
          /nests deeper than 32/,
        ],
        ["POST", `{"name":"x","metadata":{"a":[${"0,".repeat(MAX_JSON_ARRAY)}0]}}`, 400, /more than 10000 items/],
        ["POST", `{"name":"x","metadata":${"[".repeat(200_000)}${"]".repeat(200_000)}}`, 400, /nests deeper/],
      ]
      for (const [method, body, status, message] of cases) {
        const r = await s.request(method, "/admin/sales-channels", { rawBody: body })
        assert.equal(r.status, status, `${body.slice(0, 60)}: ${JSON.stringify(r.body).slice(0, 200)}`)
        assertErrorShape(r.status, r.body, body.slice(0, 60))
        assert.match(r.body.message, message)
      }
      // at the limits themselves, accepted
      const deepest = await s.request("POST", "/admin/sales-channels", {
        rawBody: `{"name":"x","metadata":${'{"a":'.repeat(MAX_JSON_DEPTH - 1)}1${"}".repeat(MAX_JSON_DEPTH - 1)}}`,
      })
      assert.equal(deepest.status, 200, JSON.stringify(deepest.body))
      const longest = await s.request("POST", "/admin/sales-channels", {
        rawBody: `{"name":"x","metadata":{"a":[${"0,".repeat(MAX_JSON_ARRAY - 1)}0]}}`,
      })
      assert.equal(longest.status, 200, JSON.stringify(longest.body).slice(0, 200))
      assert.notEqual(await fingerprint(), before)
    })

    test("list and batch validators cap their arrays (400, nothing written)", async () => {
      const before = await fingerprint()
      const ids = Array.from({ length: MAX_JSON_ARRAY }, (_, i) => `prod_${i}`)
      const batch = await s.request("POST", `/admin/sales-channels/${s.defaults.default_sales_channel_id}/products`, {
        body: { add: ids },
      })
      assert.equal(batch.status, 404, JSON.stringify(batch.body).slice(0, 200)) // within the cap: checked, and refused as unknown
      const items = Array.from({ length: 1001 }, () => ({ variant_id: "variant_x", quantity: 1 }))
      const cart = await s.request("POST", "/store/carts", { key: s.publishableKey, token: null, body: { items } })
      assert.equal(cart.status, 400)
      assert.match(cart.body.message, /at most 1000 item/)
      const query = await get(`/admin/products?${Array.from({ length: 1001 }, (_, i) => `id[]=${i}`).join("&")}`)
      assertErrorShape(query.status, query.body, "1001 ids in a query")
      assert.equal(await fingerprint(), before)
    })
  })
})
