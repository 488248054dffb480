import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Medusa } from "./test-support/medusa.js"
import { testServer, type TestServer } from "../test-support/http.js"
import { adminSdk, fetchError, recordFetch, sdkFor, type FetchRecorder } from "./test-support/harness.js"

/**
 * The Next.js starter's account flow on the SDK: sdk.auth.register("customer") → the
 * registration token is kept → sdk.store.customer.create → sdk.auth.login("customer") → profile,
 * addresses, "my orders", logout; signed in by JWT and by session cookie.
 */
describe("JS SDK: customer sign-up, sign-in, profile and orders", () => {
  let s: TestServer
  let admin: Medusa
  let wire: FetchRecorder // keeps the session cookie, as a browser would
  before(async () => {
    s = await testServer()
    wire = recordFetch()
    admin = await adminSdk(s)
    await admin.admin.region.create({ name: "US", currency_code: "usd" })
  })
  after(async () => {
    wire.restore()
    await s.close()
  })

  for (const mode of ["jwt", "session"] as const) {
    test(`${mode}: register, create, login, retrieve, update, addresses, orders, logout`, async () => {
      const email = `${mode}@example.com`
      // sign-up needs the registration token as Bearer: a session-mode SDK never sends a token
      // (in Medusa too), so the account is made in JWT mode and used in either
      const signUp = sdkFor(s)
      const registration = await signUp.auth.register("customer", "emailpass", { email, password: "pw-123" })
      assert.equal(typeof registration, "string")
      const { customer } = await signUp.store.customer.create({ email, first_name: "Sam" })
      assert.deepEqual([customer.email, customer.first_name, customer.has_account], [email, "Sam", true])

      const shop = sdkFor(s, { auth: mode })
      await shop.auth.login("customer", "emailpass", { email, password: "pw-123" })
      const { customer: me } = await shop.store.customer.retrieve()
      assert.equal(me.id, customer.id)
      const { customer: updated } = await shop.store.customer.update({ last_name: "Smith" }, { fields: "id,last_name" })
      assert.deepEqual(updated, { id: customer.id, last_name: "Smith" })

      const { customer: withAddress } = await shop.store.customer.createAddress({
        address_1: "1 Main St",
        country_code: "us",
        is_default_billing: true,
      })
      const address = withAddress.addresses![0]
      const { addresses, count } = await shop.store.customer.listAddress()
      assert.deepEqual([count, addresses[0].id, addresses[0].is_default_billing], [1, address.id, true])
      const { address: read } = await shop.store.customer.retrieveAddress(address.id)
      assert.equal(read.address_1, "1 Main St")
      await shop.store.customer.updateAddress(address.id, { city: "Springfield" })
      const deleted = await shop.store.customer.deleteAddress(address.id)
      assert.equal(deleted.deleted, true)

      // the cart started as a guest becomes the customer's (the starter does this after login)
      const { cart } = await sdkFor(s).store.cart.create({ email: "guest@example.com" })
      const { cart: taken } = await shop.store.cart.transferCart(cart.id, { fields: "id,email,customer_id" })
      assert.deepEqual([taken.email, taken.customer_id], [email, customer.id])

      const { orders, count: orderCount } = await shop.store.order.list()
      assert.deepEqual([orders, orderCount], [[], 0])
      // the admin sees the account
      const { customers } = await admin.admin.customer.list({ email, fields: "id,has_account" })
      assert.deepEqual(customers, [{ id: customer.id, has_account: true }])

      await shop.auth.logout()
      await fetchError(shop.store.customer.retrieve(), 401, "Unauthorized")
      await fetchError(shop.store.order.list(), 401, "Unauthorized")
    })
  }

  test("signing up twice with an email: Medusa's refusals reach the SDK", async () => {
    const shop = sdkFor(s)
    await shop.auth.register("customer", "emailpass", { email: "twice@example.com", password: "pw-123" })
    await shop.store.customer.create({ email: "twice@example.com" })
    const twice = { email: "twice@example.com", password: "other" }
    await fetchError(shop.auth.register("customer", "emailpass", twice), 401, "Identity with email already exists")
    await fetchError(
      shop.auth.login("customer", "emailpass", { ...twice, password: "wrong" }),
      401,
      "Invalid email or password",
    )
  })
})
