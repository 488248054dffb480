import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { formatChecklist } from "../../../cli/commands/why.js"
import { catalogSuite } from "../../store/products/test-support/catalog-suite.js"

type Check = { condition: string; passed: boolean | null; detail: string | null; sales_channel_id?: string }

describe("GET /admin/products/:id/visibility: every condition the store applies, in order", () => {
  const { s, cat } = catalogSuite()
  const report = async (product: string, query: string) => {
    const r = await s.request("GET", `/admin/products/${product}/visibility?${query}`)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.visibility
  }
  const failed = (checks: Check[]) => checks.filter((c) => c.passed === false).map((c) => c.condition)
  const ORDER = [
    "channel_enabled",
    "product_linked",
    "product_published",
    "listing_visible",
    "listing_purchasable",
    "listing_window",
    "variant_prices",
    "channel_stock_locations",
    "stock",
  ]

  test("all passed: the conditions in order, the product served, listed and purchasable", async () => {
    const v = await report("shirt", `publishable_key=${cat.keys.web}&region_id=${cat.regions.eur.id}`)
    assert.equal(v.product_id, cat.products.shirt.id, "found by handle")
    assert.deepEqual(
      v.checks.map((c: Check) => c.condition),
      ["key_valid", "key_has_channels", ...ORDER],
    )
    assert.deepEqual(failed(v.checks), [])
    assert.deepEqual([v.served, v.listed, v.purchasable], [true, true, true])
    const text = formatChecklist(v)
    assert.match(text, /\[x\] The publishable key exists and is not revoked/)
    assert.match(text, /listed: yes; purchasable: yes/)
  })

  test("the key: unknown, revoked, without channels", async () => {
    const unknown = await report(cat.products.shirt.id, "publishable_key=pk_nope")
    assert.deepEqual(failed(unknown.checks), ["key_valid", "key_has_channels"])
    assert.equal(unknown.served, false)
    const none = await report(cat.products.shirt.id, `publishable_key=${cat.keys.none}`)
    assert.deepEqual(failed(none.checks), ["key_has_channels"])
    const { data } = await s.app.container.query.graph<{ id: string }>({
      entity: "api_key",
      fields: ["id"],
      filters: { token: cat.keys.pos },
    })
    const revoked = await s.request("POST", `/admin/api-keys/${data[0].id}/revoke`, { body: {} })
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body))
    const v = await report(cat.products.lamp.id, `publishable_key_id=${data[0].id}`)
    assert.deepEqual(failed(v.checks).slice(0, 1), ["key_valid"])
    assert.match(v.checks[0].detail, /^revoked at /)
    assert.match(formatChecklist(v), /\[ \] The publishable key exists and is not revoked \(revoked at/)
  })

  test("the channel disabled, the product not linked, not published", async () => {
    const ghost = await report(cat.products.ghost.id, `publishable_key=${cat.keys.off}`)
    assert.deepEqual(failed(ghost.checks), ["channel_enabled"])
    const shirtInPos = await report(cat.products.shirt.id, `sales_channel_id=${cat.channels.pos.id}`)
    assert.equal(shirtInPos.checks[0].passed, null, "no key asked about")
    assert.ok(failed(shirtInPos.checks).includes("product_linked"))
    const hat = await report(cat.products.hat.id, `publishable_key=${cat.keys.web}`)
    assert.deepEqual(failed(hat.checks), ["product_published"])
    assert.equal(hat.checks.find((c: Check) => c.condition === "product_published").detail, "status is draft")
  })

  test("hidden, not purchasable, outside the window", async () => {
    const kit = cat.products.kit.id
    const set = (body: Record<string, unknown>) =>
      s.request("POST", `/admin/products/${kit}/sales-channels/${cat.channels.web.id}`, { body })
    assert.equal((await set({ visible: false, purchasable: false })).status, 200)
    const hidden = await report(kit, `publishable_key=${cat.keys.web}`)
    assert.deepEqual(failed(hidden.checks), ["listing_visible", "listing_purchasable"])
    assert.deepEqual([hidden.served, hidden.listed, hidden.purchasable], [true, false, false])
    assert.equal(
      (await set({ visible: true, purchasable: true, available_from: "2999-01-01T00:00:00.000Z" })).status,
      200,
    )
    const later = await report(kit, `publishable_key=${cat.keys.web}`)
    assert.deepEqual(failed(later.checks), ["listing_window"])
    assert.equal(
      later.checks.find((c: Check) => c.condition === "listing_window").detail,
      "opens at 2999-01-01T00:00:00.000Z",
    )
    assert.equal(later.served, false)
    await set({ available_from: null })
  })

  test("prices in the region's currency, stock locations, stock", async () => {
    const mug = await report(cat.products.mug.id, `publishable_key=${cat.keys.web}&region_id=${cat.regions.usd.id}`)
    assert.deepEqual(failed(mug.checks), ["variant_prices"])
    const bare = await report(cat.products.bare.id, `publishable_key=${cat.keys.web}`)
    assert.deepEqual(failed(bare.checks), ["stock"])
    assert.equal(bare.checks.find((c: Check) => c.condition === "variant_prices").passed, null, "no region")
    const link = await s.request(
      "POST",
      `/admin/products/${cat.products.bare.id}/sales-channels/${cat.channels.pos.id}`,
      {
        body: {},
      },
    )
    assert.equal(link.status, 200)
    const inPos = await report(cat.products.bare.id, `sales_channel_id=${cat.channels.pos.id}`)
    assert.deepEqual(failed(inPos.checks), ["channel_stock_locations", "stock"])
    // several channels: each gets its own run of conditions
    const both = await report(cat.products.mug.id, `publishable_key=${cat.keys.both}`)
    assert.equal(both.checks.length, 2 + 2 * ORDER.length)
  })

  test("bad questions: no key or two, unknown product → 400 / 404", async () => {
    const none = await s.request("GET", `/admin/products/${cat.products.shirt.id}/visibility`)
    assert.equal(none.status, 400)
    assert.equal(none.body.type, "invalid_data")
    const two = await s.request(
      "GET",
      `/admin/products/${cat.products.shirt.id}/visibility?publishable_key=x&sales_channel_id=y`,
    )
    assert.equal(two.status, 400)
    const missing = await s.request("GET", `/admin/products/prod_nope/visibility?publishable_key=${cat.keys.web}`)
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "Product with id: prod_nope was not found" })
  })
})
