import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ADMIN } from "../../../test-support/http.js"
import { claimsOf, signUp } from "./test-support/customer-test-helpers.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { addressKeys, customerKeys } from "../../../test-support/response-keys.js"

const CUSTOMER_KEYS = customerKeys("addresses")
const ADDRESS_KEYS = addressKeys("is_default_billing", "is_default_shipping")
const UNAUTHORIZED = { message: "Unauthorized" }

describe("store customers: sign-up, sign-in, profile (checked against Medusa 2.21.2)", () => {
  const { s, events } = serverSuite()
  const store = (method: string, path: string, token: string | null, body?: unknown) =>
    s.request(method, path, { key: s.publishableKey, token, body })

  test("register → a token without actor; POST /store/customers binds the customer; login carries it", async () => {
    const reg = await s.request("POST", "/auth/customer/emailpass/register", {
      body: { email: "ada@example.com", password: "pw-1" },
      token: null,
    })
    assert.equal(reg.status, 200)
    const claims = claimsOf(reg.body.token)
    assert.deepEqual([claims.actor_id, claims.actor_type, claims.app_metadata], ["", "customer", {}])
    // registering again with the same password before the customer exists is a retry (Medusa)
    assert.equal(
      (
        await s.request("POST", "/auth/customer/emailpass/register", {
          body: { email: "ada@example.com", password: "pw-1" },
          token: null,
        })
      ).status,
      200,
    )
    const other = await s.request("POST", "/auth/customer/emailpass/register", {
      body: { email: "ada@example.com", password: "other" },
      token: null,
    })
    assert.deepEqual(
      [other.status, other.body],
      [401, { type: "unauthorized", message: "Identity with email already exists" }],
    )

    // refusals write nothing
    for (const [body, message] of [
      [{ first_name: "Ada" }, "Email is required to create a customer"],
      [{ email: "nope" }, "Invalid request: Invalid email address"],
      [{ email: "ada@example.com", foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
      [
        { email: "ada@example.com", first_name: 1 },
        "Invalid request: Expected type: 'string' for field 'first_name', got: '1'",
      ],
    ] as const) {
      const r = await store("POST", "/store/customers", reg.body.token, body)
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }], JSON.stringify(body))
    }
    assert.equal((await s.app.container.modules.customer.listCustomers({})).length, 0)
    for (const token of [null, s.adminToken, "not.a.jwt"]) {
      const r = await store("POST", "/store/customers", token, { email: "ada@example.com" })
      assert.deepEqual([r.status, r.body], [401, UNAUTHORIZED], String(token))
    }
    // the publishable key is checked first, as in Medusa
    const noKey = await s.request("POST", "/store/customers", {
      token: reg.body.token,
      body: { email: "ada@example.com" },
    })
    assert.equal(noKey.status, 400)

    events.length = 0
    const created = await store("POST", "/store/customers", reg.body.token, {
      email: "ada@example.com",
      first_name: "Ada",
      metadata: { a: 1 },
    })
    assert.equal(created.status, 200)
    const customer = created.body.customer
    assert.deepEqual(Object.keys(customer).sort(), CUSTOMER_KEYS)
    assert.deepEqual([customer.has_account, customer.first_name, customer.addresses], [true, "Ada", []])
    assert.deepEqual(
      events.map((e) => e.name),
      ["customer.created"],
    )

    const again = await store("POST", "/store/customers", reg.body.token, { email: "ada@example.com" })
    assert.deepEqual(
      [again.status, again.body],
      [
        422,
        {
          code: "invalid_request_error",
          type: "duplicate_error",
          message: "Customer with this email already has an account",
        },
      ],
    )

    const wrong = await s.request("POST", "/auth/customer/emailpass", {
      body: { email: "ada@example.com", password: "x" },
      token: null,
    })
    assert.deepEqual([wrong.status, wrong.body], [401, { type: "unauthorized", message: "Invalid email or password" }])
    const login = await s.request("POST", "/auth/customer/emailpass", {
      body: { email: "ada@example.com", password: "pw-1" },
      token: null,
    })
    assert.deepEqual(
      [
        claimsOf(login.body.token).actor_id,
        claimsOf(login.body.token).actor_type,
        claimsOf(login.body.token).app_metadata,
      ],
      [customer.id, "customer", { customer_id: customer.id }],
    )
    const signedIn = await store("POST", "/store/customers", login.body.token, { email: "ada@example.com" })
    assert.deepEqual(
      [signedIn.status, signedIn.body],
      [400, { type: "invalid_data", message: "Request already authenticated as a customer." }],
    )
    // a refreshed registration token reads the identity again: it now carries the customer
    const refreshed = await s.request("POST", "/auth/token/refresh", { token: reg.body.token })
    assert.equal(claimsOf(refreshed.body.token).actor_id, customer.id)
    assert.equal(claimsOf(refreshed.body.token).actor_type, "customer")
    // a provider other than emailpass, in Medusa's words for customers
    const google = await s.request("POST", "/auth/customer/google", { body: {}, token: null })
    assert.equal(google.status, 401)
    assert.match(google.body.message, /^\nUnable to retrieve the auth provider with id: google\n/)
  })

  test("a customer's token never opens /admin; a user's never acts as a customer", async () => {
    const { token } = await signUp(s, "boundary@example.com")
    for (const path of ["/admin/customers", "/admin/users/me", "/admin/orders"]) {
      const r = await s.request("GET", path, { token })
      assert.deepEqual([r.status, r.body], [401, UNAUTHORIZED], path)
    }
    for (const path of ["/store/customers/me", "/store/customers/me/addresses", "/store/orders"]) {
      for (const t of [s.adminToken, null]) {
        const r = await store("GET", path, t)
        assert.deepEqual([r.status, r.body], [401, UNAUTHORIZED], `${path} ${t}`)
      }
    }
    // the admin's login (a user identity) signs in as a customer without an actor: no profile
    const asCustomer = await s.request("POST", "/auth/customer/emailpass", { body: ADMIN, token: null })
    assert.equal(claimsOf(asCustomer.body.token).actor_id, "")
    assert.deepEqual((await store("GET", "/store/customers/me", asCustomer.body.token)).status, 401)
  })

  test("session mode: the cookie from POST /auth/session signs the customer in", async () => {
    const { id, token } = await signUp(s, "session@example.com")
    const session = await s.request("POST", "/auth/session", { token })
    assert.equal(session.status, 200)
    assert.equal(session.body.user.actor_type, "customer")
    const cookie = session.headers.get("set-cookie")!.split(";")[0]
    const me = await s.request("GET", "/store/customers/me?fields=id", {
      key: s.publishableKey,
      token: null,
      headers: { cookie },
    })
    assert.deepEqual([me.status, me.body], [200, { customer: { id } }])
    // a customer's session is no admin session
    assert.equal((await s.request("GET", "/admin/users/me", { token: null, headers: { cookie } })).status, 401)
  })

  test("GET/POST /store/customers/me: fields, updates, events, refusals", async () => {
    const { id, token } = await signUp(s, "me@example.com", { first_name: "Me" })
    const me = await store("GET", "/store/customers/me", token)
    assert.deepEqual(Object.keys(me.body.customer).sort(), CUSTOMER_KEYS)
    assert.deepEqual((await store("GET", "/store/customers/me?fields=email,first_name", token)).body, {
      customer: { id, email: "me@example.com", first_name: "Me" },
    })
    assert.ok(!("addresses" in (await store("GET", "/store/customers/me?fields=-addresses", token)).body.customer))
    // only Medusa's allowed store fields: created_by and groups are left out, not refused
    assert.deepEqual((await store("GET", "/store/customers/me?fields=created_by,nope", token)).body, {
      customer: { id },
    })
    assert.deepEqual(
      Object.keys((await store("GET", "/store/customers/me?fields=%2Bgroups", token)).body.customer).sort(),
      CUSTOMER_KEYS,
    )
    assert.deepEqual((await store("GET", "/store/customers/me?fields=id,*orders", token)).body, {
      customer: { id, orders: [] },
    })

    events.length = 0
    const updated = await store("POST", "/store/customers/me?fields=last_name,phone,metadata", token, {
      last_name: "L",
      phone: "123",
      metadata: { b: 2 },
    })
    assert.deepEqual(updated.body, { customer: { id, last_name: "L", phone: "123", metadata: { b: 2 } } })
    assert.deepEqual(
      events.map((e) => e.name),
      ["customer.updated"],
    )
    for (const [body, message] of [
      [{ email: "x@example.com" }, "Invalid request: Unrecognized fields: 'email'"],
      [{ first_name: 5 }, "Invalid request: Expected type: 'string' for field 'first_name', got: '5'"],
    ] as const) {
      const r = await store("POST", "/store/customers/me", token, body)
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
    assert.equal((await store("GET", "/store/customers/me?fields=email", token)).body.customer.email, "me@example.com")
    assert.equal((await store("GET", "/store/customers/me?foo=1", token)).status, 400)
  })

  test("addresses: create (one default of each kind), list with filters, retrieve, update, delete; only one's own", async () => {
    const { id, token } = await signUp(s, "addr@example.com")
    const other = await signUp(s, "addr-other@example.com")
    const first = await store("POST", "/store/customers/me/addresses", token, {
      address_1: "Main 1",
      city: "Berlin",
      country_code: "de",
      is_default_shipping: true,
    })
    assert.equal(first.status, 200)
    assert.deepEqual(Object.keys(first.body.customer.addresses[0]).sort(), [...ADDRESS_KEYS, "deleted_at"].sort())
    const second = await store(
      "POST",
      "/store/customers/me/addresses?fields=id,addresses.address_1,addresses.is_default_shipping",
      token,
      {
        address_1: "Side 2",
        address_name: "work",
        is_default_shipping: true,
      },
    )
    const defaults = second.body.customer.addresses.map((a: any) => [a.address_1, a.is_default_shipping]).sort()
    assert.deepEqual(defaults, [
      ["Main 1", false],
      ["Side 2", true],
    ])

    for (const [body, message] of [
      [{ address_1: "X", foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
      [
        { is_default_billing: "yes" },
        "Invalid request: Expected type: 'boolean' for field 'is_default_billing', got: 'yes'",
      ],
    ] as const) {
      const r = await store("POST", "/store/customers/me/addresses", token, body)
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }

    const list = await store("GET", "/store/customers/me/addresses?order=created_at", token)
    assert.deepEqual([list.body.count, list.body.offset, list.body.limit], [2, 0, 50])
    assert.deepEqual(Object.keys(list.body.addresses[0]).sort(), ADDRESS_KEYS)
    const berlin = list.body.addresses[0]
    assert.deepEqual(
      (await store("GET", "/store/customers/me/addresses?city=Berlin&fields=city", token)).body.addresses,
      [{ id: berlin.id, city: "Berlin" }],
    )
    // an address's own fields only, as Medusa's store config allows
    assert.deepEqual(
      (await store("GET", `/store/customers/me/addresses/${berlin.id}?fields=city,customer.email,*customer`, token))
        .body.address,
      { id: berlin.id, city: "Berlin" },
    )
    assert.equal((await store("GET", "/store/customers/me/addresses?q=side&fields=id", token)).body.count, 1)
    assert.equal((await store("GET", "/store/customers/me/addresses?foo=1", token)).status, 400)
    assert.equal((await store("GET", "/store/customers/me/addresses", other.token)).body.count, 0)

    const got = await store("GET", `/store/customers/me/addresses/${berlin.id}`, token)
    assert.deepEqual(got.body.address, berlin)
    for (const [method, body] of [["GET"], ["POST", { city: "x" }], ["DELETE"]] as const) {
      for (const [t, addressId] of [
        [token, "cuaddr_missing"],
        [other.token, berlin.id],
      ]) {
        const r = await store(method, `/store/customers/me/addresses/${addressId}`, t, body)
        assert.deepEqual(
          [r.status, r.body],
          [404, { type: "not_found", message: `Address with id: ${addressId} was not found` }],
          `${method} ${addressId}`,
        )
      }
    }
    const updated = await store("POST", `/store/customers/me/addresses/${berlin.id}?fields=id,addresses.city`, token, {
      city: "Paris",
    })
    assert.ok(updated.body.customer.addresses.some((a: any) => a.id === berlin.id && a.city === "Paris"))

    const deleted = await store("DELETE", `/store/customers/me/addresses/${berlin.id}`, token)
    assert.equal(deleted.status, 200)
    // Medusa answers with the customer's id, and the customer as parent
    assert.deepEqual(
      [deleted.body.id, deleted.body.object, deleted.body.deleted, deleted.body.parent.id],
      [id, "address", true, id],
    )
    assert.equal(deleted.body.parent.addresses.length, 1)
    assert.equal((await store("GET", "/store/customers/me/addresses", token)).body.count, 1)
  })
})
