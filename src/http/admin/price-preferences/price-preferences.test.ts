import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { catalogSuite } from "../../store/products/test-support/catalog-suite.js"
import { firstPage } from "../../../test-support/response-keys.js"

const KEYS = ["attribute", "created_at", "deleted_at", "id", "is_tax_inclusive", "updated_at", "value"]

describe("admin price preferences and tax-inclusive calculated prices (checked against Medusa 2.21.2)", () => {
  const { s, cat } = catalogSuite()
  const inclusive = async (regionId: string) => {
    const r = await s.request(
      "GET",
      `/store/products/${cat.products.shirt.id}?fields=id,*variants.calculated_price&region_id=${regionId}`,
      { key: cat.keys.web, token: null },
    )
    const price = r.body.product.variants.find((v: { id: string }) => v.id === cat.variants.shirtS.id).calculated_price
    return [price.is_calculated_price_tax_inclusive, price.is_original_price_tax_inclusive]
  }
  test("create, retrieve, list, update, delete in Medusa's shapes", async () => {
    const created = await s.request("POST", "/admin/price-preferences", {
      body: { attribute: "currency_code", value: "zzz", is_tax_inclusive: true },
    })
    assert.equal(created.status, 200)
    const pref = created.body.price_preference
    assert.deepEqual(Object.keys(pref).sort(), KEYS)
    assert.match(pref.id, /^prpref_[0-9A-Z]{26}$/)
    const again = await s.request("POST", "/admin/price-preferences", {
      body: { attribute: "currency_code", value: "zzz" },
    })
    assert.deepEqual(
      [again.status, again.body],
      [
        400,
        {
          type: "invalid_data",
          message: "Price preference with attribute: currency_code, value: zzz, already exists.",
        },
      ],
    )
    assert.deepEqual((await s.request("GET", `/admin/price-preferences/${pref.id}`)).body, { price_preference: pref })
    const listed = await s.request("GET", "/admin/price-preferences?value=zzz&fields=value")
    assert.deepEqual(listed.body, firstPage("price_preferences", [{ id: pref.id, value: "zzz" }], 300))
    const updated = await s.request("POST", `/admin/price-preferences/${pref.id}`, {
      body: { is_tax_inclusive: false },
    })
    assert.equal(updated.body.price_preference.is_tax_inclusive, false)
    assert.deepEqual((await s.request("GET", "/admin/price-preferences/prpref_nope")).body, {})
    assert.deepEqual((await s.request("POST", "/admin/price-preferences/prpref_nope", { body: {} })).body, {})
    const deleted = await s.request("DELETE", `/admin/price-preferences/${pref.id}`)
    assert.deepEqual(deleted.body, { id: pref.id, object: "price_preference", deleted: true })
  })

  test("the calculated price follows the currency's preference, and a region's for prices with that region's rule", async () => {
    assert.deepEqual(await inclusive(cat.regions.usd.id), [false, false])
    const usd = (
      await s.request("POST", "/admin/price-preferences", {
        body: { attribute: "currency_code", value: "usd", is_tax_inclusive: true },
      })
    ).body.price_preference
    assert.deepEqual(await inclusive(cat.regions.usd.id), [true, true])
    // the VIP region's own price (region rule) follows the region's preference over the currency's
    await s.request("POST", "/admin/price-preferences", {
      body: { attribute: "region_id", value: cat.regions.vip.id, is_tax_inclusive: false },
    })
    assert.deepEqual(await inclusive(cat.regions.vip.id), [false, false])
    // but a region preference does not touch prices without its rule
    await s.request("POST", "/admin/price-preferences", {
      body: { attribute: "region_id", value: cat.regions.usd.id, is_tax_inclusive: false },
    })
    assert.deepEqual(await inclusive(cat.regions.usd.id), [true, true])
    await s.request("DELETE", `/admin/price-preferences/${usd.id}`)
    assert.deepEqual(await inclusive(cat.regions.usd.id), [false, false])
  })

  test("the store's currency toggle writes the currency's preference (Medusa's update-stores)", async () => {
    const store = (await s.request("GET", "/admin/stores?fields=id")).body.stores[0]
    const r = await s.request("POST", `/admin/stores/${store.id}`, {
      body: {
        supported_currencies: [
          { currency_code: "usd", is_default: true, is_tax_inclusive: true },
          { currency_code: "eur", is_tax_inclusive: false },
        ],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const prefs = await s.request(
      "GET",
      "/admin/price-preferences?attribute=currency_code&fields=value,is_tax_inclusive&order=value",
    )
    assert.deepEqual(
      prefs.body.price_preferences.map((p: { value: string; is_tax_inclusive: boolean }) => [
        p.value,
        p.is_tax_inclusive,
      ]),
      [
        ["eur", false],
        ["usd", true],
      ],
    )
    assert.deepEqual(await inclusive(cat.regions.usd.id), [true, true])
    assert.deepEqual(await inclusive(cat.regions.eur.id), [false, false])
  })

  test("a region's is_tax_inclusive is its region_id preference (Medusa's create-regions, update-regions)", async () => {
    const regionPreference = async (id: string) => {
      const r = await s.request("GET", "/admin/price-preferences?attribute=region_id&limit=100")
      const rows = r.body.price_preferences.filter((p: { value: string }) => p.value === id)
      return rows.map((p: { is_tax_inclusive: boolean }) => p.is_tax_inclusive)
    }
    const create = async (name: string, extra: Record<string, unknown>) =>
      (await s.request("POST", "/admin/regions", { body: { name, currency_code: "usd", ...extra } })).body.region.id
    assert.deepEqual(await regionPreference(await create("Inclusive", { is_tax_inclusive: true })), [true])
    assert.deepEqual(await regionPreference(await create("Plain", {})), [false])
    // the VIP region's own price follows the preference an update of the region writes
    assert.deepEqual(await inclusive(cat.regions.vip.id), [false, false])
    await s.request("POST", `/admin/regions/${cat.regions.vip.id}`, { body: { is_tax_inclusive: true } })
    assert.deepEqual(await inclusive(cat.regions.vip.id), [true, true])
    await s.request("POST", `/admin/regions/${cat.regions.vip.id}`, { body: { name: "VIP" } })
    assert.deepEqual(await regionPreference(cat.regions.vip.id), [true])
    await s.request("POST", `/admin/regions/${cat.regions.vip.id}`, { body: { is_tax_inclusive: false } })
    assert.deepEqual(await inclusive(cat.regions.vip.id), [false, false])
  })
})
