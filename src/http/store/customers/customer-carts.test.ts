import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { pay, ship } from "../carts/test-support/checkout-test-helpers.js"
import { signUp } from "./test-support/customer-test-helpers.js"
import { checkoutSuite } from "../carts/test-support/checkout-suite.js"

const FIELDS = "?fields=id,email,customer_id,*customer"

describe("carts and orders of customers (Medusa's find-or-create-customer)", () => {
  const { s, shop } = checkoutSuite()
  const store = (method: string, path: string, token: string | null, body?: unknown) =>
    s.request(method, path, { key: s.publishableKey, token, body })
  async function order(token: string | null, cartBody: Record<string, unknown>) {
    const cart = (await store("POST", "/store/carts", token, { region_id: shop.region.us, ...cartBody })).body.cart
    await store("POST", `/store/carts/${cart.id}/line-items`, null, { variant_id: shop.variant.teeS, quantity: 1 })
    await ship(s, s.publishableKey, cart.id)
    await pay(s, s.publishableKey, cart.id)
    const done = await store(
      "POST",
      `/store/carts/${cart.id}/complete?fields=id,customer_id,email,customer.id,customer.email,*customer`,
      null,
    )
    assert.equal(done.status, 200, JSON.stringify(done.body))
    return done.body.order
  }

  test("a guest cart with an email gets the guest customer of that email, reused; none without", async () => {
    const first = await store("POST", `/store/carts${FIELDS}`, null, {
      region_id: shop.region.us,
      email: "guest@example.com",
    })
    assert.equal(first.status, 200)
    const cart = first.body.cart
    assert.equal(cart.email, "guest@example.com")
    assert.deepEqual(
      [cart.customer.id, cart.customer.email, cart.customer.has_account],
      [cart.customer_id, "guest@example.com", false],
    )
    const second = (
      await store("POST", `/store/carts${FIELDS}`, null, { region_id: shop.region.us, email: "guest@example.com" })
    ).body.cart
    assert.equal(second.customer_id, cart.customer_id)

    const anonymous = (await store("POST", `/store/carts${FIELDS}`, "not.a.jwt", { region_id: shop.region.us })).body
      .cart
    assert.deepEqual([anonymous.customer_id, anonymous.customer], [null, null])
    // setting the email later finds the guest; another email moves the cart to that one's guest
    const set = (await store("POST", `/store/carts/${anonymous.id}${FIELDS}`, null, { email: "guest@example.com" }))
      .body.cart
    assert.equal(set.customer_id, cart.customer_id)
    const moved = (await store("POST", `/store/carts/${anonymous.id}${FIELDS}`, null, { email: "other@example.com" }))
      .body.cart
    assert.notEqual(moved.customer_id, cart.customer_id)
    assert.deepEqual([moved.email, moved.customer.email], ["other@example.com", "other@example.com"])
    // guests are kept lower-cased (Medusa's validateEmail); a guest cart's new email is its guest's
    const mixed = (
      await store("POST", `/store/carts${FIELDS}`, null, { region_id: shop.region.us, email: "Guest@Example.com" })
    ).body.cart
    assert.deepEqual([mixed.email, mixed.customer_id], ["Guest@Example.com", cart.customer_id])
    const lowered = (await store("POST", `/store/carts/${mixed.id}${FIELDS}`, null, { email: "OTHER@example.com" }))
      .body.cart
    assert.deepEqual([lowered.email, lowered.customer.email], ["other@example.com", "other@example.com"])
    const guests = await s.request("GET", "/admin/customers?has_account=false&fields=email&order=email")
    assert.deepEqual(
      guests.body.customers.map((c: any) => c.email),
      ["guest@example.com", "other@example.com"],
    )
    // a refused cart creates no guest
    const refused = await store("POST", "/store/carts", null, {
      region_id: "reg_missing",
      email: "refused@example.com",
    })
    assert.equal(refused.status, 404)
    assert.equal((await s.request("GET", "/admin/customers?email=refused@example.com")).body.count, 0)
  })

  test("a signed-in customer's cart is theirs; its email may change, the customer stays", async () => {
    const { id, token } = await signUp(s, "buyer@example.com")
    const cart = (await store("POST", `/store/carts${FIELDS}`, token, { region_id: shop.region.us })).body.cart
    assert.deepEqual([cart.customer_id, cart.email, cart.customer.has_account], [id, "buyer@example.com", true])
    // Medusa's default cart fields carry the customer's id, email and (no) groups
    const plain = await store("GET", `/store/carts/${cart.id}`, null)
    assert.deepEqual(plain.body.cart.customer, { id, email: "buyer@example.com", groups: [] })
    const changed = (await store("POST", `/store/carts/${cart.id}${FIELDS}`, null, { email: "gift@example.com" })).body
      .cart
    assert.deepEqual([changed.customer_id, changed.email], [id, "gift@example.com"])
    // a guest cart with a registered customer's email goes to that customer, as in Medusa
    const guest = (
      await store("POST", `/store/carts${FIELDS}`, null, { region_id: shop.region.us, email: "buyer@example.com" })
    ).body.cart
    assert.equal(guest.customer_id, id)
  })

  test("POST /store/carts/:id/customer: the signed-in customer takes a guest's cart (the starter's transferCart)", async () => {
    const cart = (await store("POST", "/store/carts", null, { region_id: shop.region.us, email: "before@example.com" }))
      .body.cart
    const { id, token } = await signUp(s, "taker@example.com")
    for (const [t, body, status] of [
      [null, {}, 401],
      [s.adminToken, {}, 401],
      [token, { foo: 1 }, 400],
    ] as const) {
      assert.equal((await store("POST", `/store/carts/${cart.id}/customer`, t, body)).status, status)
    }
    const events: string[] = []
    s.app.core.onCommitted.add((batch) => events.push(...batch.map((e) => e.name)))
    const taken = await store("POST", `/store/carts/${cart.id}/customer${FIELDS}`, token, {})
    assert.equal(taken.status, 200)
    assert.deepEqual([taken.body.cart.customer_id, taken.body.cart.email], [id, "taker@example.com"])
    assert.deepEqual(events, ["cart.customer_transferred"])
    // the same customer again changes nothing: an email set since then stays
    await store("POST", `/store/carts/${cart.id}`, null, { email: "gift@example.com" })
    const again = await s.request("POST", `/store/carts/${cart.id}/customer${FIELDS}`, { key: s.publishableKey, token })
    assert.deepEqual([again.status, again.body.cart.email], [200, "gift@example.com"])
    const missing = await store("POST", "/store/carts/cart_missing/customer", token, {})
    assert.deepEqual(
      [missing.status, missing.body],
      [404, { type: "not_found", message: "Cart id not found: cart_missing" }],
    )
  })

  test("orders carry the customer; GET /store/orders lists only the signed-in customer's", async () => {
    const alice = await signUp(s, "alice@example.com")
    const bob = await signUp(s, "bob@example.com")
    const mine = await order(alice.token, {})
    assert.deepEqual(
      [mine.customer_id, mine.email, mine.customer.email],
      [alice.id, "alice@example.com", "alice@example.com"],
    )
    const guestOrder = await order(null, { email: "walkin@example.com" })
    // the store allows customer.id and customer.email only: `*customer` is left out, as in Medusa
    assert.deepEqual(guestOrder.customer, { id: guestOrder.customer_id, email: "walkin@example.com" })
    const admin = await s.request("GET", `/admin/orders/${guestOrder.id}?fields=id,*customer`)
    assert.deepEqual(
      [admin.body.order.customer.has_account, admin.body.order.customer.email],
      [false, "walkin@example.com"],
    )

    const list = await store("GET", "/store/orders", alice.token)
    assert.equal(list.status, 200)
    assert.deepEqual(
      [list.body.count, list.body.offset, list.body.limit, list.body.orders.map((o: any) => o.id)],
      [1, 0, 50, [mine.id]],
    )
    assert.deepEqual(Object.keys(list.body.orders[0]).sort(), [
      "created_at",
      "currency_code",
      "custom_display_id",
      "display_id",
      "id",
      "metadata",
      "status",
      "summary",
      "total",
      "updated_at",
    ])
    assert.deepEqual((await store("GET", "/store/orders?fields=id,email", alice.token)).body.orders, [
      { id: mine.id, email: "alice@example.com" },
    ])
    assert.deepEqual((await store("GET", "/store/orders", bob.token)).body, {
      orders: [],
      count: 0,
      offset: 0,
      limit: 50,
    })
    assert.equal((await store("GET", `/store/orders?id=${mine.id}&fields=id`, bob.token)).body.count, 0)
    for (const token of [null, s.adminToken]) {
      const r = await store("GET", "/store/orders", token)
      assert.deepEqual([r.status, r.body], [401, { message: "Unauthorized" }])
    }
    const bad = await store("GET", "/store/orders?foo=1", alice.token)
    assert.deepEqual(
      [bad.status, bad.body],
      [400, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" }],
    )
    // one order by id stays open to anyone holding it, as in Medusa
    assert.equal((await store("GET", `/store/orders/${mine.id}?fields=id`, null)).status, 200)
  })
})
