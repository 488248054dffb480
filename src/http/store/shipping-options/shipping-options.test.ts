import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { complete, count, createCart, pay } from "../carts/test-support/checkout-test-helpers.js"
import { checkoutSuite } from "../carts/test-support/checkout-suite.js"
import { shippingOptionKeys } from "../../../test-support/response-keys.js"

const rules = (enabled: string, isReturn: string) => [
  { attribute: "enabled_in_store", operator: "eq", value: enabled },
  { attribute: "is_return", operator: "eq", value: isReturn },
]

describe("store shipping options and cart shipping methods", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  const option: Record<string, string> = {}
  before(async () => {
    key = s.publishableKey
    // location A (the default channel's) ships to the US; location E (the "empty" channel's) too
    const zoneAt = async (location: string, name: string) => {
      await s.request("POST", `/admin/stock-locations/${location}/fulfillment-providers`, {
        body: { add: ["manual_manual"] },
      })
      const set = await s.request(
        "POST",
        `/admin/stock-locations/${location}/fulfillment-sets?fields=fulfillment_sets.id`,
        { body: { name, type: "shipping" } },
      )
      const setId = set.body.stock_location.fulfillment_sets[0].id
      const zone = await s.request("POST", `/admin/fulfillment-sets/${setId}/service-zones`, {
        body: {
          name,
          geo_zones: [
            { type: "country", country_code: "us" },
            { type: "province", country_code: "de", province_code: "be" },
          ],
        },
      })
      return zone.body.fulfillment_set.service_zones[0].id as string
    }
    const zoneA = await zoneAt(shop.location.A, "A")
    const zoneE = await zoneAt(shop.location.E, "E")
    const create = async (name: string, zone: string, extra: Record<string, unknown>) => {
      const r = await s.request("POST", "/admin/shipping-options", {
        body: {
          name,
          service_zone_id: zone,
          shipping_profile_id: s.defaults.default_shipping_profile_id,
          price_type: "flat",
          provider_id: "manual_manual",
          type: { label: name, code: name.toLowerCase() },
          prices: [
            { currency_code: "usd", amount: 10 },
            { region_id: shop.region.us, amount: 8 },
            { currency_code: "eur", amount: 6 },
          ],
          ...extra,
        },
      })
      assert.equal(r.status, 200, JSON.stringify(r.body))
      option[name] = r.body.shipping_option.id
    }
    await create("Standard", zoneA, { rules: rules("true", "false") })
    await create("Plain", zoneA, { rules: [] })
    await create("AdminOnly", zoneA, { rules: rules("false", "false") })
    await create("Return", zoneA, { rules: rules("true", "true") })
    await create("Elsewhere", zoneE, { rules: rules("true", "false") })
  })

  const list = async (cartId: string, query = "") => {
    const r = await s.request("GET", `/store/shipping-options?cart_id=${cartId}${query}`, { key })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.shipping_options as Record<string, any>[]
  }
  const usCart = () => createCart(s, key, { region_id: shop.region.us, shipping_address: { country_code: "us" } })

  test("list for a cart: its channel's locations, its country, store rules; the region's price; Medusa's shape", async () => {
    const cart = await usCart()
    const options = await list(cart.id)
    assert.deepEqual(
      options.map((o) => o.name),
      ["Standard", "Plain"],
    )
    const [standard] = options
    assert.deepEqual(
      Object.keys(standard).sort(),
      shippingOptionKeys("amount", "calculated_price", "insufficient_inventory", "is_tax_inclusive"),
    )
    assert.deepEqual([standard.amount, standard.is_tax_inclusive, standard.insufficient_inventory], [8, false, false])
    assert.equal(standard.calculated_price.calculated_amount, 8)
    assert.equal(standard.calculated_price.currency_code, "usd")
    assert.equal(standard.calculated_price.id, standard.id.replace(/^so_/, "pset_"))
    assert.deepEqual(standard.service_zone.fulfillment_set.location, { id: shop.location.A })
    assert.equal(standard.prices.length, 3)
    const returns = await list(cart.id, "&is_return=true")
    assert.deepEqual(
      returns.map((o) => o.name),
      ["Plain", "Return"],
    )
  })

  test("no address, another country or a province the zone does not hold: no options", async () => {
    // (a region of one country gives the cart that country's address, as in Medusa: eu has two)
    const bare = await createCart(s, key, { region_id: shop.region.eu })
    assert.deepEqual(await list(bare.id), [])
    const eu = await createCart(s, key, { region_id: shop.region.eu, shipping_address: { country_code: "fr" } })
    assert.deepEqual(await list(eu.id), [])
    const berlin = await createCart(s, key, {
      region_id: shop.region.eu,
      shipping_address: { country_code: "de", province: "BE" },
    })
    const inBerlin = await list(berlin.id)
    assert.deepEqual(
      inBerlin.map((o) => [o.name, o.amount]),
      [
        ["Standard", 6],
        ["Plain", 6],
      ],
    )
    const hamburg = await createCart(s, key, {
      region_id: shop.region.eu,
      shipping_address: { country_code: "de", province: "hh" },
    })
    assert.deepEqual(await list(hamburg.id), [])
  })

  test("insufficient_inventory: an item with too little stock at the option's location", async () => {
    const cart = await usCart()
    await s.request("POST", `/store/carts/${cart.id}/line-items`, {
      key,
      body: { variant_id: shop.variant.teeS, quantity: 6 },
    })
    const [standard] = await list(cart.id)
    assert.equal(standard.insufficient_inventory, true) // 5 at A
  })

  test("refusals in Medusa's words", async () => {
    const missing = await s.request("GET", "/store/shipping-options", { key })
    assert.deepEqual([missing.status, missing.body.message], [400, "Invalid request: Field 'cart_id' is required"])
    const unknown = await s.request("GET", "/store/shipping-options?cart_id=cart_nope", { key })
    assert.deepEqual([unknown.status, unknown.body.message], [404, "Cart id not found: cart_nope"])
    // (the store API always gives a cart a region; one written without it, as Medusa's module allows)
    const noRegion = await s.app.container.modules.cart.createCarts({
      currency_code: "usd",
      sales_channel_id: s.defaults.default_sales_channel_id,
    })
    const unplaced = await s.request("GET", `/store/shipping-options?cart_id=${noRegion.id}`, { key })
    assert.deepEqual(
      [unplaced.status, unplaced.body.message],
      [400, "Field(s) are required to have value to continue - region_id"],
    )
    const extra = await s.request("GET", "/store/shipping-options?cart_id=x&nope=1", { key })
    assert.deepEqual([extra.status, extra.body.message], [400, "Invalid request: Unrecognized fields: 'nope'"])
  })

  test("POST /store/carts/:id/shipping-methods: adds the option's method, replaces the previous one; totals count shipping", async () => {
    const cart = await usCart()
    await s.request("POST", `/store/carts/${cart.id}/line-items`, {
      key,
      body: { variant_id: shop.variant.teeM, quantity: 1 },
    })
    const first = await s.request(
      "POST",
      `/store/carts/${cart.id}/shipping-methods?fields=*shipping_methods,total,subtotal,shipping_total,item_total`,
      {
        key,
        body: { option_id: option.Standard, data: { door: "back" } },
      },
    )
    assert.equal(first.status, 200, JSON.stringify(first.body))
    const [method] = first.body.cart.shipping_methods
    assert.deepEqual(
      [method.name, method.amount, method.shipping_option_id, method.data, method.total, method.raw_amount],
      ["Standard", 8, option.Standard, { door: "back" }, 8, { value: "8", precision: 20 }],
    )
    assert.deepEqual(
      [first.body.cart.item_total, first.body.cart.shipping_total, first.body.cart.subtotal, first.body.cart.total],
      [20, 8, 28, 28],
    )
    const second = await s.request(
      "POST",
      `/store/carts/${cart.id}/shipping-methods?fields=shipping_methods.name,total`,
      { key, body: { option_id: option.Plain } },
    )
    assert.deepEqual(
      second.body.cart.shipping_methods.map((m: { name: string }) => m.name),
      ["Plain"],
    )
    assert.equal(second.body.cart.total, 28)
  })

  test("a cart change refreshes its method: re-priced in a new region, dropped when the address leaves the zone", async () => {
    const cart = await usCart()
    await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, { key, body: { option_id: option.Standard } })
    const fields = "?fields=shipping_methods.amount,shipping_total,currency_code"
    const moved = await s.request("POST", `/store/carts/${cart.id}${fields}`, {
      key,
      body: { region_id: shop.region.eu, shipping_address: { country_code: "de", province: "be" } },
    })
    assert.equal(moved.status, 200, JSON.stringify(moved.body))
    assert.deepEqual(
      [moved.body.cart.currency_code, moved.body.cart.shipping_methods.map((m: { amount: number }) => m.amount)],
      ["eur", [6]],
    )
    const away = await s.request("POST", `/store/carts/${cart.id}${fields}`, {
      key,
      body: { shipping_address: { country_code: "fr" } },
    })
    assert.deepEqual([away.body.cart.shipping_methods, away.body.cart.shipping_total], [[], 0])
  })

  test("shipping method refusals write nothing: options the cart cannot use, unknown carts, bad bodies", async () => {
    const cart = await usCart()
    const before = await count(s, "cart_shipping_method")
    for (const id of ["so_nope", option.AdminOnly, option.Return, option.Elsewhere]) {
      const r = await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, { key, body: { option_id: id } })
      assert.deepEqual([r.status, r.body.message], [400, "Shipping Options are invalid for cart."], id)
    }
    const none = await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, { key, body: {} })
    assert.deepEqual(
      [none.status, none.body.message],
      [400, "Invalid request: Expected type: 'array' for field 'option_id', got: 'undefined'"],
    )
    const unknown = await s.request("POST", "/store/carts/cart_nope/shipping-methods", {
      key,
      body: { option_id: option.Standard },
    })
    assert.deepEqual([unknown.status, unknown.body.message], [404, "Cart id not found: cart_nope"])
    assert.equal(await count(s, "cart_shipping_method"), before)
  })

  test("completion copies the shipping method to the order; the order's totals count it", async () => {
    const cart = await usCart()
    await s.request("POST", `/store/carts/${cart.id}/line-items`, {
      key,
      body: { variant_id: shop.variant.teeM, quantity: 2 },
    })
    await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, { key, body: { option_id: option.Standard } })
    const collection = await pay(s, key, cart.id)
    assert.equal(collection.amount, 48)
    const done = await complete(s, key, cart.id)
    assert.equal(done.body.type, "order", JSON.stringify(done.body))
    const order = await s.request(
      "GET",
      `/admin/orders/${done.body.order.id}?fields=*shipping_methods,total,subtotal,shipping_total,item_total`,
    )
    assert.deepEqual(
      order.body.order.shipping_methods.map((m: Record<string, any>) => [
        m.name,
        m.amount,
        m.shipping_option_id,
        m.total,
        m.detail.shipping_method_id === m.id,
      ]),
      [["Standard", 8, option.Standard, 8, true]],
    )
    // Medusa's order subtotal counts shipping, as its cart's does
    const { item_total, shipping_total, subtotal, total } = order.body.order
    assert.deepEqual([item_total, shipping_total, subtotal, total], [40, 8, 48, 48])
  })

  test("tax-inclusive prices: a region price follows the region's preference, a currency price the currency's (found by the promotions cross-check)", async () => {
    const cart = await usCart()
    const inclusive = async () =>
      Object.fromEntries((await list(cart.id)).map((o) => [o.name, [o.amount, o.is_tax_inclusive]]))
    assert.deepEqual(await inclusive(), { Standard: [8, false], Plain: [8, false] })
    // a region made with is_tax_inclusive keeps it as its region_id preference; here written directly
    const region = await s.request("POST", "/admin/price-preferences", {
      body: { attribute: "region_id", value: shop.region.us, is_tax_inclusive: true },
    })
    assert.equal(region.status, 200, JSON.stringify(region.body))
    assert.deepEqual(await inclusive(), { Standard: [8, true], Plain: [8, true] })
    const added = await s.request("POST", `/store/carts/${cart.id}/shipping-methods?fields=*shipping_methods`, {
      key,
      body: { option_id: option.Standard },
    })
    const [method] = added.body.cart.shipping_methods
    assert.deepEqual([method.amount, method.is_tax_inclusive], [8, true])
    await s.request("DELETE", `/admin/price-preferences/${region.body.price_preference.id}`)
    // the currency's preference does not reach the region's own price while the region has one
    const usd = await s.request("POST", "/admin/price-preferences", {
      body: { attribute: "region_id", value: shop.region.us, is_tax_inclusive: false },
    })
    const currency = await s.request("GET", "/admin/price-preferences?attribute=currency_code&value=usd&fields=id")
    const id = currency.body.price_preferences[0]?.id
    const set = async (value: boolean) =>
      id
        ? s.request("POST", `/admin/price-preferences/${id}`, { body: { is_tax_inclusive: value } })
        : s.request("POST", "/admin/price-preferences", {
            body: { attribute: "currency_code", value: "usd", is_tax_inclusive: value },
          })
    await set(true)
    assert.deepEqual(await inclusive(), { Standard: [8, false], Plain: [8, false] })
    await s.request("DELETE", `/admin/price-preferences/${usd.body.price_preference.id}`)
    assert.deepEqual(await inclusive(), { Standard: [8, true], Plain: [8, true] })
    await set(false)
  })

  test("a percentage off a tax-inclusive shipping method takes the share of its subtotal without tax, as Medusa's computeActions (found by the promotions cross-check)", async () => {
    const us = await s.request("POST", "/admin/tax-regions", {
      body: { country_code: "us", provider_id: "tp_system", default_tax_rate: { name: "US", code: "US", rate: 25 } },
    })
    assert.equal(us.status, 200, JSON.stringify(us.body))
    const preference = await s.request("POST", "/admin/price-preferences", {
      body: { attribute: "region_id", value: shop.region.us, is_tax_inclusive: true },
    })
    const promotion = await s.request("POST", "/admin/promotions", {
      body: {
        code: "SHIPHALF",
        type: "standard",
        status: "active",
        application_method: {
          type: "percentage",
          target_type: "shipping_methods",
          allocation: "each",
          value: 50,
          max_quantity: 1,
          target_rules: [],
        },
      },
    })
    assert.equal(promotion.status, 200, JSON.stringify(promotion.body))
    const cart = await usCart()
    await s.request("POST", `/store/carts/${cart.id}/shipping-methods`, { key, body: { option_id: option.Standard } })
    const r = await s.request(
      "POST",
      `/store/carts/${cart.id}/promotions?fields=shipping_total,shipping_methods.amount,%2Bshipping_methods.subtotal,%2Bshipping_methods.total,shipping_methods.adjustments.amount`,
      { key, body: { promo_codes: ["SHIPHALF"] } },
    )
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const [method] = r.body.cart.shipping_methods
    // 8 includes 25 %: subtotal 6.4; half of it off (3.2), taxed: 8 − 3.2 × 1.25 = 4
    assert.deepEqual(
      [method.amount, method.subtotal, method.adjustments.map((a: { amount: number }) => a.amount), method.total],
      [8, 6.4, [3.2], 4],
    )
    assert.equal(r.body.cart.shipping_total, 4)
    await s.request("DELETE", `/admin/price-preferences/${preference.body.price_preference.id}`)
    await s.request("DELETE", `/admin/tax-regions/${us.body.tax_region.id}`)
  })
})
