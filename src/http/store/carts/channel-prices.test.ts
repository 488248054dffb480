import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { pay, ship } from "./test-support/checkout-test-helpers.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"

/** Beyond Medusa (docs/pricing.md): prices limited to sales channels, through the admin API. */
describe("prices per sales channel: the store reads and charges the key's channel's price", () => {
  const { s, shop } = checkoutSuite()
  let web: string
  before(async () => {
    web = s.defaults.default_sales_channel_id
  })
  const admin = async (method: string, path: string, body?: unknown) => {
    const r = await s.request(method, path, { body })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body
  }
  /** tee M's calculated amount read with a key (and a named channel) */
  const teeM = async (key: string, query = "") => {
    const r = await s.request(
      "GET",
      `/store/products/${shop.product.tee}?fields=id,*variants.calculated_price&region_id=${shop.region.us}${query}`,
      { key, token: null },
    )
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.product.variants.find((v: { id: string }) => v.id === shop.variant.teeM).calculated_price
      .calculated_amount
  }

  test("a variant price and a price list limited to channels; keys of two channels read two prices", async () => {
    await admin("POST", `/admin/products/${shop.product.tee}/variants/${shop.variant.teeM}`, {
      prices: [
        { currency_code: "usd", amount: 20 },
        { currency_code: "eur", amount: 18 },
        { currency_code: "usd", amount: 17, rules: { sales_channel_id: [web] } },
      ],
    })
    assert.equal(await teeM(s.publishableKey), 17)
    assert.equal(await teeM(shop.key.empty), 20)

    const { price_list } = await admin("POST", "/admin/price-lists", {
      title: "Empty channel sale",
      description: "d",
      status: "active",
      rules: { sales_channel_id: [shop.channel.empty] },
      prices: [{ variant_id: shop.variant.teeM, amount: 16, currency_code: "usd" }],
    })
    assert.equal(await teeM(shop.key.empty), 16)
    assert.equal(await teeM(s.publishableKey), 17)

    // a key of both channels: no channel named → the prices without a channel rule; one named → its prices
    const { api_key } = await admin("POST", "/admin/api-keys", { title: "both", type: "publishable" })
    await admin("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [web, shop.channel.empty] })
    assert.equal(await teeM(api_key.token), 20)
    assert.equal(await teeM(api_key.token, `&sales_channel_id=${shop.channel.empty}`), 16)
    assert.equal(await teeM(api_key.token, `&sales_channel_id=${web}`), 17)

    // the channels' prices on their admin data
    const webPrices = (await admin("GET", `/admin/sales-channels/${web}?fields=id,+prices`)).sales_channel.prices
    assert.deepEqual(
      webPrices.map((p: { amount: number; variant_id: string; price_list_id: string | null }) => [
        p.amount,
        p.variant_id,
        p.price_list_id,
      ]),
      [[17, shop.variant.teeM, null]],
    )
    const emptyPrices = (await admin("GET", `/admin/sales-channels/${shop.channel.empty}?fields=prices`)).sales_channel
      .prices
    assert.deepEqual(
      emptyPrices.map((p: { amount: number; price_list_id: string | null }) => [p.amount, p.price_list_id]),
      [[16, price_list.id]],
    )
  })

  test("a checkout at the channel's price: the cart's lines and the order's totals", async () => {
    for (const [key, unit] of [
      [s.publishableKey, 17],
      [shop.key.empty, 16],
    ] as const) {
      const cart = (await s.request("POST", "/store/carts", { key, body: { region_id: shop.region.us } })).body.cart
      const added = await s.request("POST", `/store/carts/${cart.id}/line-items?fields=id,total,*items`, {
        key,
        body: { variant_id: shop.variant.teeM, quantity: 2 },
      })
      assert.equal(added.status, 200, JSON.stringify(added.body))
      assert.deepEqual([added.body.cart.items[0].unit_price, added.body.cart.total], [unit, unit * 2])
      if (key !== s.publishableKey) continue
      await ship(s, key, cart.id)
      await pay(s, key, cart.id)
      const done = await s.request("POST", `/store/carts/${cart.id}/complete?fields=id,total,item_total,*items`, {
        key,
      })
      assert.equal(done.status, 200, JSON.stringify(done.body))
      const { order } = done.body
      assert.deepEqual([order.items[0].unit_price, order.item_total, order.total], [17, 34, 34])
    }
  })
})
