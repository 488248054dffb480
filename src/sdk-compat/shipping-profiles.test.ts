import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Medusa } from "./test-support/medusa.js"
import { testServer, type TestServer } from "../test-support/http.js"
import { adminSdk, fetchError, ids } from "./test-support/harness.js"

/**
 * sdk.admin.shippingProfile as Medusa's smoke script and benchmark use it: list the profiles,
 * create products with the first one's id.
 */
describe("JS SDK: sdk.admin.shippingProfile and products with shipping_profile_id", () => {
  let s: TestServer
  let sdk: Medusa

  before(async () => {
    s = await testServer()
    sdk = await adminSdk(s)
  })
  after(() => s.close())

  test("list → first profile → product created with it, read back with *shipping_profile", async () => {
    const { shipping_profiles, count, limit } = await sdk.admin.shippingProfile.list()
    assert.deepEqual(
      [count, limit, shipping_profiles[0].name, shipping_profiles[0].type],
      [1, 20, "Default Shipping Profile", "default"],
    )
    const { product } = await sdk.admin.product.create(
      { title: "Boxed", options: [{ title: "Size", values: ["S"] }], shipping_profile_id: shipping_profiles[0].id },
      { fields: "id,*shipping_profile" },
    )
    assert.equal((product as { shipping_profile?: { id: string } }).shipping_profile?.id, shipping_profiles[0].id)
  })

  test("create, retrieve, update, delete; errors surface as FetchError", async () => {
    const { shipping_profile: created } = await sdk.admin.shippingProfile.create({
      name: "Freight",
      type: "freight",
      metadata: { a: 1 },
    })
    const { shipping_profile: got } = await sdk.admin.shippingProfile.retrieve(created.id, { fields: "id,name" })
    assert.deepEqual(got, { id: created.id, name: "Freight" })
    const { shipping_profile: updated } = await sdk.admin.shippingProfile.update(created.id, { type: "pallet" })
    assert.deepEqual([updated.type, updated.metadata], ["pallet", { a: 1 }])
    const listed = await sdk.admin.shippingProfile.list({ type: "pallet" })
    assert.deepEqual(ids(listed.shipping_profiles), [created.id])
    await fetchError(
      sdk.admin.shippingProfile.create({ name: "Freight", type: "x" }),
      400,
      "Shipping profile with name: Freight, already exists.",
    )
    const deleted = await sdk.admin.shippingProfile.delete(created.id)
    assert.deepEqual(deleted, { id: created.id, object: "shipping_profile", deleted: true })
    await fetchError(
      sdk.admin.shippingProfile.delete(created.id),
      404,
      `ShippingProfile with id: ${created.id} was not found`,
    )
  })
})
