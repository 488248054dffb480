import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { signUp } from "../customers/test-support/customer-test-helpers.js"
import { pay, ship } from "./test-support/checkout-test-helpers.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"

const LINE = "?fields=id,*items,total,item_total"

describe("carts at price list prices (the cart's customer's groups), re-priced by a cart update", () => {
  const { s, shop } = checkoutSuite()
  const store = (method: string, path: string, token: string | null, body?: unknown) =>
    s.request(method, path, { key: s.publishableKey, token, body })
  const admin = async (method: string, path: string, body?: unknown) => {
    const r = await s.request(method, path, { body })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body
  }
  const group = async (name: string, customerId: string) => {
    const { customer_group } = await admin("POST", "/admin/customer-groups", { name })
    await admin("POST", `/admin/customer-groups/${customer_group.id}/customers`, { add: [customerId] })
    return customer_group.id as string
  }
  const list = async (type: string, groupId: string, amount: number) =>
    (
      await admin("POST", "/admin/price-lists", {
        title: `${type} ${amount}`,
        description: "d",
        type,
        status: "active",
        rules: { "customer.groups.id": [groupId] },
        prices: [{ variant_id: shop.variant.teeS, amount, currency_code: "usd" }],
      })
    ).price_list.id as string

  test("a customer in two groups: the sale price below the override wins; others pay the base; orders keep their price", async () => {
    const { id, token } = await signUp(s, "trade@example.com")
    const trade = await group("Trade", id)
    const staff = await group("Staff", id)
    await list("override", trade, 12)
    const sale = await list("sale", staff, 10)

    // the store shows the signed-out shopper the base price; the customer's cart gets the list price
    const guestCart = (await store("POST", "/store/carts", null, { region_id: shop.region.us })).body.cart
    const guest = await store("POST", `/store/carts/${guestCart.id}/line-items${LINE}`, null, {
      variant_id: shop.variant.teeS,
      quantity: 1,
    })
    assert.equal(guest.body.cart.items[0].unit_price, 15)
    const cart = (await store("POST", "/store/carts", token, { region_id: shop.region.us })).body.cart
    const added = await store("POST", `/store/carts/${cart.id}/line-items${LINE}`, token, {
      variant_id: shop.variant.teeS,
      quantity: 2,
    })
    assert.equal(added.status, 200, JSON.stringify(added.body))
    assert.deepEqual([added.body.cart.items[0].unit_price, added.body.cart.item_total], [10, 20])
    assert.equal(added.body.cart.items[0].is_tax_inclusive, false)

    // a price change leaves the line as it is until the next cart update re-prices it
    const { prices } = await admin("GET", `/admin/price-lists/${sale}/prices`)
    await admin("POST", `/admin/price-lists/${sale}/prices/batch`, {
      update: [{ id: prices[0].id, variant_id: shop.variant.teeS, amount: 9 }],
    })
    assert.equal((await store("GET", `/store/carts/${cart.id}${LINE}`, token)).body.cart.items[0].unit_price, 10)
    const updated = await store("POST", `/store/carts/${cart.id}${LINE}`, token, { metadata: { n: 1 } })
    assert.deepEqual([updated.body.cart.items[0].unit_price, updated.body.cart.total], [9, 18])

    // the sale ends: the override applies to this customer
    await admin("POST", `/admin/price-lists/${sale}`, { ends_at: "2020-01-01T00:00:00Z" })
    const overridden = await store("POST", `/store/carts/${cart.id}${LINE}`, token, { metadata: { n: 2 } })
    assert.equal(overridden.body.cart.items[0].unit_price, 12)

    await ship(s, s.publishableKey, cart.id)
    await pay(s, s.publishableKey, cart.id)
    const done = await store("POST", `/store/carts/${cart.id}/complete?fields=id,total,item_total,*items`, null)
    assert.equal(done.status, 200, JSON.stringify(done.body))
    const order = done.body.order
    assert.deepEqual([order.items[0].unit_price, order.item_total, order.total], [12, 24, 24])
    // orders never change
    await admin("POST", `/admin/price-lists/${sale}`, { ends_at: null })
    const again = await admin("GET", `/admin/orders/${order.id}?fields=total,items.unit_price`)
    assert.deepEqual([again.order.total, again.order.items[0].unit_price], [24, 12])
  })
})
