import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { fetchError, ids } from "./test-support/harness.js"
import { adminSdkSuite } from "./test-support/admin-suite.js"

/**
 * sdk.admin.shippingProfile as Medusa's smoke script and benchmark use it: list the profiles,
 * create products with the first one's id.
 */
describe("JS SDK: sdk.admin.shippingProfile and products with shipping_profile_id", () => {
  const env = adminSdkSuite()

  test("list → first profile → product created with it, read back with *shipping_profile", async () => {
    const { shipping_profiles, count, limit } = await env.sdk.admin.shippingProfile.list()
    assert.deepEqual(
      [count, limit, shipping_profiles[0].name, shipping_profiles[0].type],
      [1, 20, "Default Shipping Profile", "default"],
    )
    const { product } = await env.sdk.admin.product.create(
      { title: "Boxed", options: [{ title: "Size", values: ["S"] }], shipping_profile_id: shipping_profiles[0].id },
      { fields: "id,*shipping_profile" },
    )
    assert.equal((product as { shipping_profile?: { id: string } }).shipping_profile?.id, shipping_profiles[0].id)
  })

  test("create, retrieve, update, delete; errors surface as FetchError", async () => {
    const { shipping_profile: created } = await env.sdk.admin.shippingProfile.create({
      name: "Freight",
      type: "freight",
      metadata: { a: 1 },
    })
    const { shipping_profile: got } = await env.sdk.admin.shippingProfile.retrieve(created.id, { fields: "id,name" })
    assert.deepEqual(got, { id: created.id, name: "Freight" })
    const { shipping_profile: updated } = await env.sdk.admin.shippingProfile.update(created.id, { type: "pallet" })
    assert.deepEqual([updated.type, updated.metadata], ["pallet", { a: 1 }])
    const listed = await env.sdk.admin.shippingProfile.list({ type: "pallet" })
    assert.deepEqual(ids(listed.shipping_profiles), [created.id])
    await fetchError(
      env.sdk.admin.shippingProfile.create({ name: "Freight", type: "x" }),
      400,
      "Shipping profile with name: Freight, already exists.",
    )
    const deleted = await env.sdk.admin.shippingProfile.delete(created.id)
    assert.deepEqual(deleted, { id: created.id, object: "shipping_profile", deleted: true })
    await fetchError(
      env.sdk.admin.shippingProfile.delete(created.id),
      404,
      `ShippingProfile with id: ${created.id} was not found`,
    )
  })
})
