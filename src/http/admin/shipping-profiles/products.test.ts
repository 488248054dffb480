import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { createProduct, liveRows, shirt } from "../products/test-support/test-fixtures.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"

describe("products with a shipping profile", () => {
  const { s, events } = serverSuite()
  let def: string
  before(async () => {
    def = s.defaults.default_shipping_profile_id
  })

  const profile = async (name: string) =>
    (await s.request("POST", "/admin/shipping-profiles", { body: { name, type: "t" } })).body.shipping_profile
  const linkEvents = (start: number) =>
    events
      .slice(start)
      .filter((e) => e.name.startsWith("LinkProductShippingProfile"))
      .map((e) => [e.name, e.data.product_id, e.data.shipping_profile_id])
  const read = async (id: string, fields = "id,*shipping_profile") =>
    (await s.request("GET", `/admin/products/${id}?fields=${fields}`)).body.product
  const counts = () => liveRows(s, ["product", "product_variant", "product_shipping_profile"])

  test("create with shipping_profile_id links it; read through fields, not in the default shape", async () => {
    const start = events.length
    const p = await createProduct(s, shirt({ title: "Linked", shipping_profile_id: def }))
    assert.equal("shipping_profile" in p, false)
    const got = await read(p.id)
    assert.deepEqual(Object.keys(got.shipping_profile).sort(), [
      "created_at",
      "deleted_at",
      "id",
      "metadata",
      "name",
      "type",
      "updated_at",
    ])
    assert.deepEqual([got.shipping_profile.id, got.shipping_profile.name], [def, "Default Shipping Profile"])
    assert.deepEqual(await read(p.id, "id,shipping_profile.name"), {
      id: p.id,
      shipping_profile: { name: "Default Shipping Profile", id: def },
    }) // Medusa adds the id
    const listed = await s.request("GET", `/admin/products?id=${p.id}&fields=id,shipping_profile.id`)
    assert.deepEqual(listed.body.products, [{ id: p.id, shipping_profile: { id: def } }])
    assert.deepEqual(linkEvents(start), [["LinkProductShippingProfile.attached", p.id, def]])
    const fromProfile = await s.request("GET", `/admin/shipping-profiles/${def}?fields=id,products_link.product_id`)
    assert.deepEqual(
      fromProfile.body.shipping_profile.products_link.map((l: { product_id: string }) => l.product_id),
      [p.id],
    )
  })

  test("an unknown profile → 404 in the link layer's words, nothing written (also in a batch)", async () => {
    const before = await counts()
    const r = await s.request("POST", "/admin/products", {
      body: shirt({ title: "Dangling", shipping_profile_id: "sp_nope" }),
    })
    assertRefused(r, 404, "ShippingProfile with id: sp_nope was not found", "r")
    const batch = await s.request("POST", "/admin/products/batch", {
      body: {
        create: [
          shirt({ title: "Fine", shipping_profile_id: def }),
          shirt({ title: "Bad", shipping_profile_id: "sp_nope" }),
        ],
      },
    })
    assertRefused(batch, 404, "ShippingProfile with id: sp_nope was not found", "batch")
    assert.deepEqual(await counts(), before)
  })

  test("update: an id replaces the profile, absent leaves it, the same id changes nothing, null removes it", async () => {
    const express = await profile("Express")
    const p = await createProduct(s, shirt({ title: "Moving", shipping_profile_id: def }))
    const update = async (body: Record<string, unknown>) => {
      const start = events.length
      const r = await s.request("POST", `/admin/products/${p.id}`, { body })
      assert.equal(r.status, 200, JSON.stringify(r.body))
      return linkEvents(start)
    }
    assert.deepEqual(await update({ shipping_profile_id: express.id }), [
      ["LinkProductShippingProfile.detached", p.id, def],
      ["LinkProductShippingProfile.attached", p.id, express.id],
    ])
    assert.equal((await read(p.id)).shipping_profile.id, express.id)
    assert.deepEqual(await update({ title: "Moved" }), [])
    assert.deepEqual(await update({ shipping_profile_id: express.id }), [])
    assert.equal((await read(p.id)).shipping_profile.id, express.id)

    const refused = await s.request("POST", `/admin/products/${p.id}`, {
      body: { title: "Never", shipping_profile_id: "sp_nope" },
    })
    assertRefused(refused, 404, "ShippingProfile with id: sp_nope was not found", "refused")
    assert.deepEqual(await read(p.id, "id,title,shipping_profile.id"), {
      id: p.id,
      title: "Moved",
      shipping_profile: { id: express.id },
    })

    assert.deepEqual(await update({ shipping_profile_id: null }), [
      ["LinkProductShippingProfile.detached", p.id, express.id],
    ])
    assert.equal((await read(p.id)).shipping_profile, null)
    assert.deepEqual(await update({ shipping_profile_id: express.id }), [
      ["LinkProductShippingProfile.attached", p.id, express.id],
    ])
  })

  test("concurrent updates of one product end with one profile", async () => {
    const [a, b] = [await profile("Race A"), await profile("Race B")]
    const p = await createProduct(s, shirt({ title: "Raced" }))
    const results = await Promise.all(
      [a, b, a, b].map((x) => s.request("POST", `/admin/products/${p.id}`, { body: { shipping_profile_id: x.id } })),
    )
    assert.deepEqual(
      results.map((r) => r.status),
      [200, 200, 200, 200],
    )
    const { data } = await s.app.container.query.graph({
      entity: "product_shipping_profile",
      fields: ["id"],
      filters: { product_id: p.id },
    })
    assert.equal(data.length, 1)
  })

  test("a profile with products cannot be deleted; deleting the products dismisses the links and frees it", async () => {
    const sp = await profile("Bulky")
    const [p1, p2] = [
      await createProduct(s, shirt({ title: "Sofa", shipping_profile_id: sp.id })),
      await createProduct(s, shirt({ title: "Bed", shipping_profile_id: sp.id })),
    ]
    const refused = await s.request("DELETE", `/admin/shipping-profiles/${sp.id}`)
    const ids = [p1.id, p2.id].sort().join(", ")
    assert.deepEqual(
      [refused.status, refused.body],
      [
        400,
        {
          type: "invalid_data",
          message: `Cannot delete following shipping profiles because they are linked to products: ${ids}`,
        },
      ],
    )
    assert.ok((await s.request("GET", `/admin/shipping-profiles/${sp.id}`)).body.shipping_profile)

    const start = events.length
    for (const p of [p1, p2]) assert.equal((await s.request("DELETE", `/admin/products/${p.id}`)).status, 200)
    assert.deepEqual(linkEvents(start), [
      ["LinkProductShippingProfile.detached", p1.id, sp.id],
      ["LinkProductShippingProfile.detached", p2.id, sp.id],
    ])
    const del = await s.request("DELETE", `/admin/shipping-profiles/${sp.id}`)
    assert.deepEqual([del.status, del.body], [200, { id: sp.id, object: "shipping_profile", deleted: true }])
  })
})
