import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { paging } from "../../../test-support/response-keys.js"

const STORE_KEYS = [
  "created_at",
  "default_location_id",
  "default_region_id",
  "default_sales_channel_id",
  "id",
  "metadata",
  "name",
  "supported_currencies",
  "updated_at",
]
const STORE_CURRENCY_KEYS = [
  "created_at",
  "currency",
  "currency_code",
  "deleted_at",
  "id",
  "is_default",
  "store_id",
  "updated_at",
]
const EURO = {
  code: "eur",
  symbol: "€",
  symbol_native: "€",
  name: "Euro",
  decimal_digits: 2,
  raw_rounding: { value: "0", precision: 20 },
  deleted_at: null,
  rounding: 0,
}

describe("admin stores", () => {
  const { s, events } = serverSuite()
  let storeId: string
  before(async () => {
    storeId = s.defaults.store_id
  })

  test("the boot's store in Medusa's shape, currencies with their currency record", async () => {
    const listed = await s.request("GET", "/admin/stores")
    assert.equal(listed.status, 200)
    assert.deepEqual(paging(listed.body), { count: 1, offset: 0, limit: 50 })
    const [store] = listed.body.stores
    assert.deepEqual(Object.keys(store).sort(), STORE_KEYS)
    assert.equal(store.id, storeId)
    assert.equal(store.name, "Medusa Store")
    assert.equal(store.default_sales_channel_id, s.defaults.default_sales_channel_id)
    assert.equal(store.default_region_id, null)
    const [eur] = store.supported_currencies
    assert.deepEqual(Object.keys(eur).sort(), STORE_CURRENCY_KEYS)
    assert.match(eur.id, /^stocur_/)
    assert.deepEqual(
      { currency_code: eur.currency_code, is_default: eur.is_default, store_id: eur.store_id },
      { currency_code: "eur", is_default: true, store_id: storeId },
    )
    const { created_at, updated_at, ...currency } = eur.currency
    assert.deepEqual(currency, EURO)
    assert.match(created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    assert.match(updated_at, /Z$/)

    const got = await s.request("GET", `/admin/stores/${storeId}`)
    assert.deepEqual(got.body.store, store)
    const q = await s.request("GET", "/admin/stores?q=medusa&fields=name")
    assert.deepEqual(q.body.stores, [{ id: storeId, name: "Medusa Store" }])
    const none = await s.request("GET", "/admin/stores?name=Other&fields=id")
    assert.equal(none.body.count, 0)
    const only = await s.request("GET", `/admin/stores/${storeId}?fields=supported_currencies.currency_code`)
    assert.deepEqual(only.body.store, { id: storeId, supported_currencies: [{ id: eur.id, currency_code: "eur" }] })
  })

  test("update: name trimmed, currencies replaced and lower-cased, metadata replaced, defaults unchecked", async () => {
    events.length = 0
    const r = await s.request("POST", `/admin/stores/${storeId}`, {
      body: {
        name: "  My <i>Store</i> ",
        supported_currencies: [
          { currency_code: "USD", is_default: true, is_tax_inclusive: true },
          { currency_code: "eur" },
          { currency_code: "xyz" },
        ],
        default_sales_channel_id: "sc_12345",
        default_region_id: "reg_nowhere",
        default_location_id: null,
        metadata: { a: 1, b: 2 },
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const store = r.body.store
    assert.deepEqual(Object.keys(store).sort(), STORE_KEYS)
    assert.equal(store.name, "My <i>Store</i>")
    assert.equal(store.default_sales_channel_id, "sc_12345")
    assert.equal(store.default_region_id, "reg_nowhere")
    assert.deepEqual(store.metadata, { a: 1, b: 2 })
    const [usd, eur, xyz] = store.supported_currencies
    assert.deepEqual(
      [usd.currency_code, usd.is_default, eur.currency_code, eur.is_default],
      ["usd", true, "eur", false],
    )
    assert.equal(usd.currency.name, "US Dollar")
    assert.equal(usd.currency.symbol, "$")
    // an unknown code is stored; it has no currency record, so no `currency` key (as Medusa)
    assert.equal(xyz.currency_code, "xyz")
    assert.ok(!("currency" in xyz))
    assert.ok(!("is_tax_inclusive" in usd))
    assert.deepEqual(
      events.map((e) => e.name),
      ["store.store.updated"],
    )

    // Medusa's store module upserts with replace: no merge, and "" is a value like any other
    const replaced = await s.request(
      "POST",
      `/admin/stores/${storeId}?fields=metadata,supported_currencies.currency_code`,
      { body: { metadata: { a: "", c: 3 } } },
    )
    assert.deepEqual(replaced.body.store.metadata, { a: "", c: 3 })
    assert.deepEqual(
      replaced.body.store.supported_currencies.map((c: { currency_code: string }) => c.currency_code),
      ["usd", "eur", "xyz"],
    )

    const chf = await s.request("POST", `/admin/stores/${storeId}?fields=id,supported_currencies.currency.*`, {
      body: { supported_currencies: [{ currency_code: "chf", is_default: true }] },
    })
    const [only] = chf.body.store.supported_currencies
    assert.deepEqual(Object.keys(only).sort(), ["currency", "id"])
    assert.deepEqual(only.currency.raw_rounding, { value: "0.05", precision: 20 })
    assert.equal(only.currency.rounding, 0.05)

    const emptied = await s.request("POST", `/admin/stores/${storeId}?fields=supported_currencies.id`, {
      body: { supported_currencies: [] },
    })
    assert.deepEqual(emptied.body.store.supported_currencies, [])
    const nulls = await s.request("POST", `/admin/stores/${storeId}?fields=default_sales_channel_id,metadata`, {
      body: { default_sales_channel_id: null, metadata: null },
    })
    assert.deepEqual(nulls.body.store, { id: storeId, default_sales_channel_id: null, metadata: null })
  })

  test("refusals: Medusa's messages and nothing written", async () => {
    await s.request("POST", `/admin/stores/${storeId}`, {
      body: { name: "Before", supported_currencies: [{ currency_code: "eur", is_default: true }] },
    })
    const before = (await s.request("GET", `/admin/stores/${storeId}`)).body.store
    const cases: [unknown, string][] = [
      [
        { name: "x", supported_currencies: [{ currency_code: "usd" }] },
        "There should be a default currency set for the store",
      ],
      [
        {
          name: "x",
          supported_currencies: [
            { currency_code: "usd", is_default: true },
            { currency_code: "eur", is_default: true },
          ],
        },
        "Only one default currency is allowed",
      ],
      [
        { name: "x", supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "EUR" }] },
        "Duplicate currency codes: eur",
      ],
      [{ name: "x", foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
      [{ name: 5 }, "Invalid request: Expected type: 'string' for field 'name', got: '5'"],
      [
        { supported_currencies: [{ is_default: true }] },
        "Invalid request: Field 'supported_currencies, 0, currency_code' is required",
      ],
    ]
    for (const [body, message] of cases) {
      const r = await s.request("POST", `/admin/stores/${storeId}`, { body })
      assert.equal(r.status, 400, JSON.stringify(body))
      assert.deepEqual(r.body, { type: "invalid_data", message })
    }
    assert.deepEqual((await s.request("GET", `/admin/stores/${storeId}`)).body.store, before)

    const unknownUpdate = await s.request("POST", "/admin/stores/store_missing", {
      body: { name: "x", supported_currencies: [{ currency_code: "usd" }] },
    })
    assert.equal(unknownUpdate.status, 404)
    assert.deepEqual(unknownUpdate.body, { type: "not_found", message: 'Store with id "store_missing" not found' })
    // Medusa answers a GET of an unknown store with 200 and an empty body object
    const unknownGet = await s.request("GET", "/admin/stores/store_missing")
    assert.equal(unknownGet.status, 200)
    assert.deepEqual(unknownGet.body, {})
    const badParam = await s.request("GET", "/admin/stores?foo=1")
    assert.deepEqual(badParam.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
  })

  test("concurrent currency replacements queue: the result is one whole list, never a mixture", async () => {
    const lists = [["usd", "eur"], ["gbp"], ["jpy", "dkk", "sek"], ["chf", "nok"], ["cad"], ["aud", "nzd"]]
    const results = await Promise.all(
      lists.map((codes) =>
        s.request("POST", `/admin/stores/${storeId}?fields=id`, {
          body: { supported_currencies: codes.map((currency_code, i) => ({ currency_code, is_default: i === 0 })) },
        }),
      ),
    )
    assert.ok(results.every((r) => r.status === 200))
    const final = (
      await s.request(
        "GET",
        `/admin/stores/${storeId}?fields=supported_currencies.currency_code,supported_currencies.is_default`,
      )
    ).body.store
    const codes = final.supported_currencies.map((c: { currency_code: string }) => c.currency_code)
    assert.ok(
      lists.some((l) => JSON.stringify(l) === JSON.stringify(codes)),
      JSON.stringify(codes),
    )
    assert.equal(final.supported_currencies.filter((c: { is_default: boolean }) => c.is_default).length, 1)
  })

  test("the store's default channel is the one sales-channel deletion refuses", async () => {
    const sc = (await s.request("POST", "/admin/sales-channels", { body: { name: "New default" } })).body.sales_channel
    await s.request("POST", `/admin/stores/${storeId}`, { body: { default_sales_channel_id: sc.id } })
    const refused = await s.request("DELETE", `/admin/sales-channels/${sc.id}`)
    assert.deepEqual(refused.body, { type: "invalid_data", message: `Cannot delete default sales channels: ${sc.id}` })
    const old = await s.request("DELETE", `/admin/sales-channels/${s.defaults.default_sales_channel_id}`)
    assert.equal(old.status, 200)
  })
})
