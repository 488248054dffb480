import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { ADMIN } from "../../../test-support/http.js"
import { claimsOf, signUp } from "../../store/customers/test-support/customer-test-helpers.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { customerKeys } from "../../../test-support/response-keys.js"
import { assertRefused } from "../../../test-support/refusals.js"

const KEYS = customerKeys("created_by")

describe("admin customers (checked against Medusa 2.21.2)", () => {
  const { s, events } = serverSuite()
  let userId: string
  before(async () => {
    userId = (await s.request("GET", "/admin/users/me")).body.user.id
  })

  test("create: a guest, created_by the caller; one guest per email; refusals write nothing", async () => {
    events.length = 0
    const r = await s.request("POST", "/admin/customers", {
      body: { email: "guest@example.com", first_name: "G", metadata: { a: 1 }, additional_data: { x: 1 } },
    })
    assert.equal(r.status, 200)
    assert.deepEqual(Object.keys(r.body.customer).sort(), KEYS)
    assert.deepEqual(
      [r.body.customer.has_account, r.body.customer.created_by, r.body.customer.metadata],
      [false, userId, { a: 1 }],
    )
    assert.deepEqual(
      events.map((e) => e.name),
      ["customer.created"],
    )

    const dup = await s.request("POST", "/admin/customers", { body: { email: "guest@example.com" } })
    assert.deepEqual(
      [dup.status, dup.body],
      [
        400,
        {
          type: "invalid_data",
          message: "Customer with email: guest@example.com, has_account: false, already exists.",
        },
      ],
    )
    for (const [body, message] of [
      [{ email: "x", foo: 1 }, "Invalid request: Invalid email address; Unrecognized fields: 'foo'"],
      [{ first_name: 1 }, "Invalid request: Expected type: 'string' for field 'first_name', got: '1'"],
      [{ has_account: true }, "Invalid request: Unrecognized fields: 'has_account'"],
    ] as const) {
      const bad = await s.request("POST", "/admin/customers", { body })
      assert.deepEqual([bad.status, bad.body], [400, { type: "invalid_data", message }], JSON.stringify(body))
    }
    assert.equal((await s.request("GET", "/admin/customers?fields=id")).body.count, 1)
    // a guest and an account may share an email, as Medusa's unique (email, has_account)
    await signUp(s, "guest@example.com")
    assert.equal((await s.request("GET", "/admin/customers?email=guest@example.com&fields=id")).body.count, 2)
  })

  test("list: q, email, has_account, fields, pagination, order; bad input", async () => {
    await s.request("POST", "/admin/customers", { body: { email: "list-a@example.com", company_name: "Acme" } })
    await s.request("POST", "/admin/customers", { body: { email: "list-b@example.com" } })
    const all = await s.request("GET", "/admin/customers")
    assert.deepEqual([all.body.offset, all.body.limit], [0, 50])
    assert.deepEqual(Object.keys(all.body.customers[0]).sort(), KEYS)
    const q = await s.request("GET", "/admin/customers?q=LIST-&order=created_at&fields=email")
    assert.deepEqual(
      q.body.customers.map((c: any) => c.email),
      ["list-a@example.com", "list-b@example.com"],
    )
    assert.deepEqual(
      (await s.request("GET", "/admin/customers?q=acme&fields=email")).body.customers.map((c: any) => c.email),
      ["list-a@example.com"],
    )
    const accounts = await s.request("GET", "/admin/customers?has_account=true&fields=email,has_account")
    assert.deepEqual(
      accounts.body.customers.map((c: any) => [c.email, c.has_account]),
      [["guest@example.com", true]],
    )
    const page = await s.request("GET", "/admin/customers?limit=1&offset=1&order=-created_at&fields=email")
    assert.deepEqual(
      [page.body.customers.map((c: any) => c.email), page.body.count, page.body.limit, page.body.offset],
      [["list-a@example.com"], 4, 1, 1],
    )
    const withAddresses = await s.request("GET", "/admin/customers?has_account=true&fields=id,*addresses")
    assert.deepEqual(withAddresses.body.customers[0].addresses, [])

    // no customer groups: a groups filter matches nobody; with_deleted is ignored (Medusa's route)
    assert.equal((await s.request("GET", "/admin/customers?groups=cusgroup_1")).body.count, 0)
    assert.equal((await s.request("GET", "/admin/customers?groups[id]=cusgroup_1")).body.count, 0)
    const doomed = (await s.request("POST", "/admin/customers", { body: { email: "doomed@example.com" } })).body
      .customer.id
    await s.request("DELETE", `/admin/customers/${doomed}`)
    assert.equal((await s.request("GET", `/admin/customers?with_deleted=true&id=${doomed}`)).body.count, 0)

    const badBool = await s.request("GET", "/admin/customers?has_account=maybe")
    assertRefused(badBool, 400, "Invalid request: Invalid input", "badBool")
    const unknown = await s.request("GET", "/admin/customers?foo=1")
    assert.deepEqual(unknown.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
  })

  test("retrieve, update (404s in Medusa's two wordings), delete (the account's login goes too)", async () => {
    const created = (await s.request("POST", "/admin/customers", { body: { email: "edit@example.com" } })).body.customer
    assert.deepEqual((await s.request("GET", `/admin/customers/${created.id}`)).body.customer, created)
    const missing = await s.request("GET", "/admin/customers/cus_missing")
    assertRefused(missing, 404, "Customer with id: cus_missing not found", "missing")

    events.length = 0
    const updated = await s.request("POST", `/admin/customers/${created.id}?fields=company_name,email,metadata`, {
      body: { company_name: "Co", email: "edit2@example.com", metadata: { k: 1 } },
    })
    assert.deepEqual(updated.body.customer, {
      id: created.id,
      company_name: "Co",
      email: "edit2@example.com",
      metadata: { k: 1 },
    })
    assert.deepEqual(
      events.map((e) => e.name),
      ["customer.updated"],
    )
    const taken = await s.request("POST", `/admin/customers/${created.id}`, { body: { email: "list-a@example.com" } })
    assert.deepEqual(
      [taken.status, taken.body],
      [
        400,
        {
          type: "invalid_data",
          message: "Customer with email: list-a@example.com, has_account: false, already exists.",
        },
      ],
    )
    const badField = await s.request("POST", `/admin/customers/${created.id}`, { body: { has_account: true } })
    assertRefused(badField, 400, "Invalid request: Unrecognized fields: 'has_account'", "badField")
    const missingUpdate = await s.request("POST", "/admin/customers/cus_missing", { body: { company_name: "x" } })
    assertRefused(missingUpdate, 404, 'Customer with id "cus_missing" not found', "missingUpdate")

    const account = await signUp(s, "leaving@example.com")
    await s.request("POST", "/store/customers/me/addresses", {
      key: s.publishableKey,
      token: account.token,
      body: { address_1: "A" },
    })
    events.length = 0
    const del = await s.request("DELETE", `/admin/customers/${account.id}`)
    assert.deepEqual([del.status, del.body], [200, { id: account.id, object: "customer", deleted: true }])
    assert.deepEqual(
      events.map((e) => e.name),
      ["customer.deleted"],
    )
    assert.equal((await s.request("GET", `/admin/customers/${account.id}`)).status, 404)
    const me = await s.request("GET", "/store/customers/me", { key: s.publishableKey, token: account.token })
    assertRefused(me, 404, `Customer with id: ${account.id} was not found`, "me")
    const login = await s.request("POST", "/auth/customer/emailpass", {
      body: { email: "leaving@example.com", password: "pw-1" },
      token: null,
    })
    assert.deepEqual(login.body, { type: "unauthorized", message: "Invalid email or password" })
    assert.deepEqual((await s.request("DELETE", "/admin/customers/cus_missing")).body, {
      id: "cus_missing",
      object: "customer",
      deleted: true,
    })
  })

  test("an identity shared with a user: deleting the customer only unbinds it", async () => {
    // the admin signs in as a customer (no actor yet) and becomes one with the same login
    const asCustomer = await s.request("POST", "/auth/customer/emailpass", { body: ADMIN, token: null })
    const created = await s.request("POST", "/store/customers", {
      key: s.publishableKey,
      token: asCustomer.body.token,
      body: { email: ADMIN.email },
    })
    assert.equal(created.status, 200)
    await s.request("DELETE", `/admin/customers/${created.body.customer.id}`)
    const user = await s.request("POST", "/auth/user/emailpass", { body: ADMIN, token: null })
    assert.equal(user.status, 200)
    assert.equal((await s.request("GET", "/admin/users/me", { token: user.body.token })).status, 200)
    const again = await s.request("POST", "/auth/customer/emailpass", { body: ADMIN, token: null })
    assert.equal(claimsOf(again.body.token).actor_id, "")
  })

  test("no credentials, a publishable key or a customer token: 401", async () => {
    const { token } = await signUp(s, "nosy@example.com")
    for (const [method, path] of [
      ["GET", "/admin/customers"],
      ["POST", "/admin/customers"],
      ["GET", "/admin/customers/cus_1"],
      ["POST", "/admin/customers/cus_1"],
      ["DELETE", "/admin/customers/cus_1"],
    ]) {
      for (const options of [{ token: null }, { token: null, key: s.publishableKey }, { token }]) {
        const r = await s.request(method, path, { ...options, body: method === "POST" ? {} : undefined })
        assert.deepEqual([r.status, r.body], [401, { message: "Unauthorized" }], `${method} ${path}`)
      }
    }
  })
})
