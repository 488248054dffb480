import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { addressKeys } from "../../../test-support/response-keys.js"

const ADDRESS_KEYS = addressKeys()

describe("admin customer addresses (checked against Medusa 2.21.2)", () => {
  const { s } = serverSuite()
  let customer: string
  let other: string
  before(async () => {
    customer = (await s.request("POST", "/admin/customers", { body: { email: "book@example.com" } })).body.customer.id
    other = (await s.request("POST", "/admin/customers", { body: { email: "other@example.com" } })).body.customer.id
  })
  const path = (id: string, rest = "") => `/admin/customers/${id}/addresses${rest}`

  test("create answers with the customer; one default shipping address; refusals write nothing", async () => {
    const first = await s.request("POST", path(customer), {
      body: { address_1: "A", is_default_shipping: true, additional_data: { x: 1 } },
    })
    assert.equal(first.status, 200)
    assert.equal(first.body.customer.id, customer)
    const second = await s.request("POST", path(customer, "?fields=id,*addresses"), {
      body: { address_1: "B", city: "Rome", is_default_shipping: true },
    })
    assert.deepEqual(second.body.customer.addresses.map((a: any) => [a.address_1, a.is_default_shipping]).sort(), [
      ["A", false],
      ["B", true],
    ])

    for (const [body, message] of [
      [{ foo: 1 }, "Invalid request: Unrecognized fields: 'foo'"],
      [{ is_default_billing: 1 }, "Invalid request: Expected type: 'boolean' for field 'is_default_billing', got: '1'"],
    ] as const) {
      const r = await s.request("POST", path(customer), { body })
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
    const missing = await s.request("POST", path("cus_missing"), { body: { address_1: "A" } })
    assert.deepEqual(
      [missing.status, missing.body],
      [
        404,
        {
          type: "not_found",
          message: "You tried to set relationship customer_id: cus_missing, but such entity does not exist",
        },
      ],
    )
    assert.equal((await s.request("GET", path(customer))).body.count, 2)
  })

  test("list, filter, retrieve, update, delete — through the address's own customer only", async () => {
    const list = await s.request("GET", path(customer, "?order=created_at"))
    assert.deepEqual([list.body.count, list.body.limit, list.body.offset], [2, 50, 0])
    assert.deepEqual(Object.keys(list.body.addresses[0]).sort(), ADDRESS_KEYS)
    const [a, b] = list.body.addresses
    assert.deepEqual((await s.request("GET", path(customer, "?city=Rome&fields=city"))).body.addresses, [
      { id: b.id, city: "Rome" },
    ])
    assert.deepEqual((await s.request("GET", path(customer, "?q=rom&fields=id"))).body.addresses, [{ id: b.id }])
    assert.equal((await s.request("GET", path(customer, "?foo=1"))).status, 400)
    assert.equal((await s.request("GET", path(other))).body.count, 0)

    assert.deepEqual((await s.request("GET", path(customer, `/${a.id}`))).body.address, a)
    // Medusa answers 200 {} for an address the customer lacks; salesgraph a 404
    for (const [owner, id] of [
      [customer, "cuaddr_missing"],
      [other, a.id],
    ]) {
      const r = await s.request("GET", path(owner, `/${id}`))
      assert.deepEqual(
        [r.status, r.body],
        [404, { type: "not_found", message: `Address with id: ${id} was not found` }],
      )
    }

    const updated = await s.request("POST", path(customer, `/${a.id}?fields=id,addresses.city`), {
      body: { city: "Oslo" },
    })
    assert.ok(updated.body.customer.addresses.some((x: any) => x.id === a.id && x.city === "Oslo"))
    // through another customer: nothing changes (Medusa's selector), nothing is removed
    assert.equal((await s.request("POST", path(other, `/${a.id}`), { body: { city: "Nope" } })).status, 200)
    const viaOther = await s.request("DELETE", path(other, `/${a.id}?fields=id`))
    assert.deepEqual(viaOther.body, { id: a.id, object: "customer_address", deleted: true, parent: { id: other } })
    assert.equal((await s.request("GET", path(customer, `/${a.id}?fields=city`))).body.address.city, "Oslo")

    const deleted = await s.request("DELETE", path(customer, `/${a.id}?fields=id`))
    assert.deepEqual(deleted.body, { id: a.id, object: "customer_address", deleted: true, parent: { id: customer } })
    assert.deepEqual((await s.request("GET", path(customer, "?fields=id"))).body.addresses, [{ id: b.id }])
  })
})
