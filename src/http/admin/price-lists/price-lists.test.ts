import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { catalogSuite } from "../../store/products/test-support/catalog-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"
import { firstPage } from "../../../test-support/response-keys.js"

const LIST_KEYS = [
  "created_at",
  "deleted_at",
  "description",
  "ends_at",
  "id",
  "metadata",
  "rules",
  "starts_at",
  "status",
  "title",
  "type",
  "updated_at",
]

describe("admin price lists and the calculated price (checked against Medusa 2.21.2)", () => {
  const { s, cat } = catalogSuite()
  const lists: string[] = []
  const createList = async (body: Record<string, unknown>) => {
    const r = await s.request("POST", "/admin/price-lists", { body: { description: "d", ...body } })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    lists.push(r.body.price_list.id)
    return r.body.price_list as { id: string }
  }
  /** shirt S's calculated price in the usd region with the web key */
  const shirtPrice = async () => {
    const r = await s.request(
      "GET",
      `/store/products/${cat.products.shirt.id}?fields=id,*variants.calculated_price&region_id=${cat.regions.usd.id}`,
      { key: cat.keys.web, token: null },
    )
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.product.variants.find((v: { id: string }) => v.id === cat.variants.shirtS.id).calculated_price
  }
  const clearLists = async () => {
    for (const id of lists.splice(0)) await s.request("DELETE", `/admin/price-lists/${id}`)
  }

  test("create, retrieve, list, update, delete in Medusa's shapes; refusals write nothing", async () => {
    const shirtS = cat.variants.shirtS.id
    const created = await s.request("POST", "/admin/price-lists", {
      body: {
        title: "Summer",
        description: "Summer sale",
        rules: { "customer.groups.id": ["cusgroup_1"] },
        prices: [
          { variant_id: shirtS, amount: 800, currency_code: "usd" },
          { variant_id: shirtS, amount: 700, currency_code: "usd", min_quantity: 5 },
        ],
      },
    })
    assert.equal(created.status, 200)
    const list = created.body.price_list
    assert.deepEqual(Object.keys(list).sort(), LIST_KEYS)
    assert.match(list.id, /^plist_[0-9A-Z]{26}$/)
    assert.deepEqual([list.type, list.status, list.rules], ["sale", "draft", { "customer.groups.id": ["cusgroup_1"] }])

    const withPrices = await s.request("GET", `/admin/price-lists/${list.id}?fields=id,*prices`)
    const prices = withPrices.body.price_list.prices
    assert.deepEqual(
      prices.map((p: { amount: number; min_quantity: number | null; price_set_id: string }) => [
        p.amount,
        p.min_quantity,
        p.price_set_id,
      ]),
      [
        [800, null, shirtS.replace("variant_", "pset_")],
        [700, 5, shirtS.replace("variant_", "pset_")],
      ].sort((a, b) => Number(b[0]) - Number(a[0])),
    )
    assert.deepEqual(prices[0].raw_amount, { value: "800", precision: 20 })

    const missingTitle = await s.request("POST", "/admin/price-lists", { body: { description: "x" } })
    assert.equal(missingTitle.status, 400)
    const badType = await s.request("POST", "/admin/price-lists", {
      body: { title: "x", description: "y", type: "bogus" },
    })
    assert.equal(badType.status, 400)
    const badVariant = await s.request("POST", "/admin/price-lists", {
      body: { title: "x", description: "y", prices: [{ variant_id: "variant_nope", amount: 1, currency_code: "usd" }] },
    })
    assertRefused(badVariant, 400, "No price set exist for variants: variant_nope", "badVariant")
    assert.equal((await s.request("GET", "/admin/price-lists")).body.count, 1)

    const updated = await s.request("POST", `/admin/price-lists/${list.id}`, {
      body: { status: "active", type: "override", rules: {} },
    })
    assert.deepEqual(
      [updated.body.price_list.status, updated.body.price_list.type, updated.body.price_list.rules],
      ["active", "override", {}],
    )
    const active = await s.request("GET", "/admin/price-lists?status[]=active&fields=id,title")
    assert.deepEqual(active.body, firstPage("price_lists", [{ id: list.id, title: "Summer" }], 50))

    const unknown = await s.request("GET", "/admin/price-lists/plist_nope")
    assertRefused(unknown, 404, "Price list with id: plist_nope was not found", "unknown")
    const unknownUpdate = await s.request("POST", "/admin/price-lists/plist_nope", { body: { title: "z" } })
    assertRefused(unknownUpdate, 404, "Price lists with id: plist_nope was not found", "unknownUpdate")

    const batch = await s.request("POST", `/admin/price-lists/${list.id}/prices/batch`, {
      body: {
        create: [{ variant_id: shirtS, amount: 650, currency_code: "EUR", rules: { region_id: cat.regions.eur.id } }],
        update: [{ id: prices[0].id, variant_id: shirtS, amount: 750 }],
        delete: [prices[1].id],
      },
    })
    assert.equal(batch.status, 200, JSON.stringify(batch.body))
    assert.deepEqual(batch.body.created[0].price_rules, [{ value: cat.regions.eur.id, attribute: "region_id" }])
    assert.deepEqual(batch.body.created[0].price_set, {
      id: shirtS.replace("variant_", "pset_"),
      variant: { id: shirtS },
    })
    assert.equal(batch.body.created[0].currency_code, "eur")
    assert.equal(batch.body.updated[0].amount, 750)
    assert.deepEqual(batch.body.deleted, { ids: [prices[1].id], object: "price", deleted: true })
    const listed = await s.request("GET", `/admin/price-lists/${list.id}/prices`)
    assert.equal(listed.body.count, 2)

    const noIds = await s.request("POST", `/admin/price-lists/${list.id}/products`, { body: { remove: [] } })
    assert.deepEqual(noIds.body, { type: "invalid_data", message: "No product ids passed to remove from price list" })
    const removed = await s.request("POST", `/admin/price-lists/${list.id}/products`, {
      body: { remove: [cat.products.shirt.id] },
    })
    assert.equal(removed.body.price_list.id, list.id)
    assert.equal((await s.request("GET", `/admin/price-lists/${list.id}/prices`)).body.count, 0)

    const deleted = await s.request("DELETE", `/admin/price-lists/${list.id}`)
    assert.deepEqual(deleted.body, { id: list.id, object: "price_list", deleted: true })
    assert.equal((await s.request("GET", `/admin/price-lists/${list.id}`)).status, 404)
  })

  test("calculated_price: a sale list's lower price wins, a higher one loses; drafts and expired lists do not apply", async () => {
    const shirtS = cat.variants.shirtS.id
    const sale = await createList({
      title: "Sale",
      status: "active",
      prices: [{ variant_id: shirtS, amount: 1100, currency_code: "usd" }],
    })
    let price = await shirtPrice()
    assert.equal(price.calculated_amount, 1100)
    assert.equal(price.original_amount, 1500)
    assert.equal(price.is_calculated_price_price_list, true)
    assert.equal(price.is_original_price_price_list, false)
    assert.deepEqual(price.calculated_price.price_list_id, sale.id)
    assert.equal(price.calculated_price.price_list_type, "sale")
    assert.deepEqual(price.raw_calculated_amount, { value: "1100", precision: 20 })

    await s.request("POST", `/admin/price-lists/${sale.id}/prices/batch`, {
      body: { create: [{ variant_id: shirtS, amount: 1600, currency_code: "usd" }] },
    })
    // the list's lowest price competes with the base price
    assert.equal((await shirtPrice()).calculated_amount, 1100)
    await s.request("POST", `/admin/price-lists/${sale.id}`, { body: { status: "draft" } })
    assert.equal((await shirtPrice()).is_calculated_price_price_list, false)
    await s.request("POST", `/admin/price-lists/${sale.id}`, {
      body: { status: "active", starts_at: "2020-01-01T00:00:00Z", ends_at: "2021-01-01T00:00:00Z" },
    })
    // expired
    assert.equal((await shirtPrice()).calculated_amount, 1500)
    await s.request("POST", `/admin/price-lists/${sale.id}`, {
      body: { starts_at: "2999-01-01T00:00:00Z", ends_at: null },
    })
    assert.equal((await shirtPrice()).calculated_amount, 1500)
    await clearLists()
    const above = await createList({
      title: "Sale above",
      status: "active",
      prices: [{ variant_id: shirtS, amount: 1700, currency_code: "usd" }],
    })
    price = await shirtPrice()
    assert.deepEqual([price.calculated_amount, price.is_calculated_price_price_list], [1500, false])
    assert.notEqual(price.calculated_price.price_list_id, above.id)
    await clearLists()
  })

  test("calculated_price: an override list's price applies below and above the base price, and is the original", async () => {
    const shirtS = cat.variants.shirtS.id
    for (const amount of [1000, 2000]) {
      const list = await createList({
        title: `Override ${amount}`,
        type: "override",
        status: "active",
        prices: [{ variant_id: shirtS, amount, currency_code: "usd" }],
      })
      const price = await shirtPrice()
      assert.deepEqual(
        [price.calculated_amount, price.original_amount, price.is_original_price_price_list],
        [amount, amount, true],
      )
      assert.deepEqual(price.original_price.price_list_type, "override")
      assert.equal(price.calculated_price.price_list_id, list.id)
      await clearLists()
    }
    // a list limited to a customer group does not apply to a shopper who is not signed in
    await createList({
      title: "Trade",
      type: "override",
      status: "active",
      rules: { "customer.groups.id": ["cusgroup_nobody"] },
      prices: [{ variant_id: shirtS, amount: 1, currency_code: "usd" }],
    })
    assert.equal((await shirtPrice()).calculated_amount, 1500)
    await clearLists()
  })
})
