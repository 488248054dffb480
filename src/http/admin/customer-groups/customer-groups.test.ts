import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"
import { firstPage } from "../../../test-support/response-keys.js"

const KEYS = ["created_at", "created_by", "deleted_at", "id", "metadata", "name", "updated_at"]

describe("admin customer groups (checked against Medusa 2.21.2)", () => {
  const { s } = serverSuite()
  let userId: string
  const customer = async (email: string) =>
    (await s.request("POST", "/admin/customers", { body: { email } })).body.customer.id as string
  before(async () => {
    userId = (await s.request("GET", "/admin/users/me")).body.user.id
  })

  test("create, retrieve, list, update, delete in Medusa's envelopes; refusals write nothing", async () => {
    const created = await s.request("POST", "/admin/customer-groups", { body: { name: "VIP" } })
    assert.equal(created.status, 200)
    const group = created.body.customer_group
    assert.match(group.id, /^cusgroup_[0-9A-Z]{26}$/)
    assert.deepEqual(Object.keys(group).sort(), KEYS)
    assert.equal(group.created_by, userId)
    assert.deepEqual((await s.request("GET", `/admin/customer-groups/${group.id}`)).body, { customer_group: group })

    const taken = await s.request("POST", "/admin/customer-groups", { body: { name: "VIP" } })
    assertRefused(taken, 400, "Customer group with name: VIP, already exists.", "taken")
    const unnamed = await s.request("POST", "/admin/customer-groups", { body: {} })
    assert.equal(unnamed.status, 400)
    assert.equal((await s.request("GET", "/admin/customer-groups")).body.count, 1)

    const updated = await s.request("POST", `/admin/customer-groups/${group.id}`, {
      body: { name: "Gold", metadata: { tier: 1 } },
    })
    assert.deepEqual([updated.body.customer_group.name, updated.body.customer_group.metadata], ["Gold", { tier: 1 }])
    const listed = await s.request("GET", "/admin/customer-groups?q=gol&fields=name")
    assert.deepEqual(listed.body, firstPage("customer_groups", [{ id: group.id, name: "Gold" }], 50))

    const unknown = await Promise.all([
      s.request("GET", "/admin/customer-groups/cusgroup_nope"),
      s.request("POST", "/admin/customer-groups/cusgroup_nope", { body: { name: "y" } }),
    ])
    assert.deepEqual(
      unknown.map((r) => [r.status, r.body]),
      [
        [404, { type: "not_found", message: "Customer group with id: cusgroup_nope not found" }],
        [404, { type: "not_found", message: 'Customer group with id "cusgroup_nope" not found' }],
      ],
    )

    const deleted = await s.request("DELETE", `/admin/customer-groups/${group.id}`)
    assert.deepEqual(deleted.body, { id: group.id, object: "customer_group", deleted: true })
    assert.equal((await s.request("GET", `/admin/customer-groups/${group.id}`)).status, 404)
    // the name is free again
    assert.equal((await s.request("POST", "/admin/customer-groups", { body: { name: "Gold" } })).status, 200)
  })

  test("members from both sides; customers' groups and the groups filters match them", async () => {
    const a = (await s.request("POST", "/admin/customer-groups", { body: { name: "Trade" } })).body.customer_group
    const b = (await s.request("POST", "/admin/customer-groups", { body: { name: "Staff" } })).body.customer_group
    const ann = await customer("ann@example.com")
    const bob = await customer("bob@example.com")

    const bad = await s.request("POST", `/admin/customer-groups/${a.id}/customers`, {
      body: { add: [ann, "cus_nope"] },
    })
    assert.deepEqual(
      [bad.status, bad.body],
      [
        404,
        {
          type: "not_found",
          message: "You tried to set relationship customer_id: cus_nope, but such entity does not exist",
        },
      ],
    )
    const noGroup = await s.request("POST", "/admin/customer-groups/cusgroup_nope/customers", { body: { add: [ann] } })
    assert.equal(
      noGroup.body.message,
      "You tried to set relationship customer_group_id: cusgroup_nope, but such entity does not exist",
    )

    const added = await s.request("POST", `/admin/customer-groups/${a.id}/customers`, { body: { add: [ann, bob] } })
    assert.deepEqual(added.body, { customer_group: a })
    // adding again is no error
    assert.equal(
      (await s.request("POST", `/admin/customer-groups/${a.id}/customers`, { body: { add: [ann] } })).status,
      200,
    )
    const viaCustomer = await s.request("POST", `/admin/customers/${ann}/customer-groups`, { body: { add: [b.id] } })
    assert.equal(viaCustomer.body.customer.id, ann)

    const annGroups = (await s.request("GET", `/admin/customers/${ann}?fields=groups.name`)).body.customer.groups
    assert.deepEqual(annGroups.map((g: { name: string }) => g.name).sort(), ["Staff", "Trade"])
    const inStaff = await s.request("GET", `/admin/customers?groups=${b.id}&fields=id`)
    assert.deepEqual(inStaff.body.customers, [{ id: ann }])
    const inTrade = await s.request("GET", `/admin/customers?groups[id][]=${a.id}&fields=id&order=email`)
    assert.deepEqual(inTrade.body.customers, [{ id: ann }, { id: bob }])
    const ofBob = await s.request("GET", `/admin/customer-groups?customers=${bob}&fields=id`)
    assert.deepEqual(ofBob.body.customer_groups, [{ id: a.id }])
    const members = await s.request("GET", `/admin/customer-groups/${a.id}?fields=customers.email`)
    assert.deepEqual(members.body.customer_group.customers.map((c: { email: string }) => c.email).sort(), [
      "ann@example.com",
      "bob@example.com",
    ])

    await s.request("POST", `/admin/customer-groups/${a.id}/customers`, { body: { remove: [ann, "cus_nope"] } })
    await s.request("POST", `/admin/customers/${ann}/customer-groups`, { body: { remove: [b.id] } })
    assert.deepEqual((await s.request("GET", `/admin/customers/${ann}?fields=groups.id`)).body.customer.groups, [])
    // a deleted group loses its members
    await s.request("DELETE", `/admin/customer-groups/${a.id}`)
    assert.deepEqual((await s.request("GET", `/admin/customers/${bob}?fields=groups.id`)).body.customer.groups, [])
  })
})
