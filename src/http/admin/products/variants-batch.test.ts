import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ids, keys, variantKeys } from "../../../test-support/response-keys.js"
import { createProduct, liveRows, shirt } from "./test-support/test-fixtures.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"

// the variant route's default fields (Medusa's defaultAdminProductsVariantFields): no images, no product
const VARIANT_KEYS = variantKeys("deleted_at", "prices")
const EMPTY = { created: [], updated: [], deleted: { ids: [], object: "variant", deleted: true } }
type Variant = { id: string; title: string }

describe("admin variants batch: POST /admin/products/:id/variants/batch", () => {
  const { s, events } = serverSuite()

  /** A product with sizes S, M, L and a variant for S and M. */
  const product = async (title: string): Promise<{ id: string; variants: Variant[] }> =>
    createProduct(s, shirt({ title, options: [{ title: "Size", values: ["S", "M", "L"] }] }))
  const batch = (productId: string, body: unknown, query = "") =>
    s.request("POST", `/admin/products/${productId}/variants/batch${query}`, { body })
  const variants = async (productId: string) =>
    (await s.request("GET", `/admin/products/${productId}/variants?fields=title,*prices,options.value&order=title`))
      .body.variants
  const counts = () =>
    liveRows(
      s,
      ["product_variant", "product_variant_price", "inventory_item", "product_variant_inventory_item"],
      ["product_variant_option"],
    )

  test("create, update and delete the product's variants in one call: Medusa's shape and events", async () => {
    const p = await product("Batch tee")
    const [small, medium] = p.variants
    const start = events.length
    const r = await batch(p.id, {
      create: [{ title: "L", sku: "batch-l", options: { Size: "L" }, prices: [{ currency_code: "usd", amount: 14 }] }],
      update: [
        { id: small.id, title: "Small", prices: [{ currency_code: "usd", amount: 11 }], options: { Size: "M" } },
      ],
      delete: [medium.id, "variant_missing"],
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual(Object.keys(r.body), ["created", "updated", "deleted"])
    const [large] = r.body.created
    assert.deepEqual(keys(large), VARIANT_KEYS)
    assert.deepEqual([large.title, large.sku, large.product_id, large.manage_inventory], ["L", "batch-l", p.id, true])
    assert.deepEqual(
      large.prices.map((x: { amount: number; variant_id: string }) => [x.amount, x.variant_id]),
      [[14, large.id]],
    )
    assert.deepEqual([large.options[0].value, keys(large.options[0].option)], ["L", ["id"]])
    assert.deepEqual(ids(r.body.updated), [small.id])
    assert.deepEqual(keys(r.body.updated[0]), VARIANT_KEYS)
    // the deleted M freed its combination for the updated variant
    assert.deepEqual([r.body.updated[0].title, r.body.updated[0].options[0].value], ["Small", "M"])
    assert.deepEqual(r.body.deleted, { ids: [medium.id, "variant_missing"], object: "variant", deleted: true })

    // the effects, through the GET routes
    const listed = await variants(p.id)
    assert.deepEqual(
      listed.map((v: { title: string; prices: { amount: number }[]; options: { value: string }[] }) => [
        v.title,
        v.prices.map((x) => x.amount),
        v.options[0].value,
      ]),
      [
        ["L", [14], "L"],
        ["Small", [11], "M"],
      ],
    )
    assert.equal((await s.request("GET", `/admin/products/${p.id}/variants/${medium.id}`)).body.variant, undefined)
    const item = await s.request(
      "GET",
      `/admin/products/${p.id}/variants/${large.id}?fields=id,inventory_items.inventory.sku`,
    )
    assert.equal(item.body.variant.inventory_items[0].inventory.sku, "batch-l")

    const names = events
      .slice(start)
      .map((e) => e.name)
      .filter((n) => !n.startsWith("Link"))
    assert.deepEqual(names.sort(), [
      "inventory-item.created",
      "product-variant.created",
      "product-variant.deleted",
      "product-variant.updated",
    ])
  })

  test("`fields` shapes the variants; an empty body answers an empty batch, whatever the product", async () => {
    const p = await product("Fielded tee")
    const r = await batch(p.id, { update: [{ id: p.variants[0].id, sku: "fielded" }] }, "?fields=id,sku")
    assert.deepEqual(r.body, { ...EMPTY, updated: [{ id: p.variants[0].id, sku: "fielded" }] })
    assert.deepEqual((await batch(p.id, {})).body, EMPTY)
    assert.deepEqual((await batch("prod_missing", {})).body, EMPTY)
  })

  test("all or nothing: one refused part and no variant, price, option value, item or link changes, no event sent", async () => {
    const p = await product("Untouched tee")
    const other = await product("Other tee")
    const [small, medium] = p.variants
    const good = {
      create: [{ title: "L", options: { Size: "L" }, prices: [{ currency_code: "usd", amount: 1 }] }],
      update: [{ id: small.id, title: "Would be renamed", prices: [] }],
      delete: [medium.id],
    }
    const before = await counts()
    const listed = [await variants(p.id), await variants(other.id)]
    const start = events.length
    const cases: [string, Record<string, unknown>, number, string][] = [
      // updates are checked first (Medusa answers this before the create's option error)
      [
        p.id,
        {
          ...good,
          update: [...good.update, { id: "variant_b" }, { id: "variant_a" }],
          create: [{ title: "XL", options: { Size: "XL" }, prices: [] }],
        },
        400,
        "Cannot update non-existing variants with ids: variant_b, variant_a",
      ],
      // a variant of another product is not this product's to update (Medusa would update it)
      [
        p.id,
        { ...good, update: [{ id: other.variants[0].id, title: "Hijacked" }] },
        400,
        `Cannot update non-existing variants with ids: ${other.variants[0].id}`,
      ],
      // nor is a variant the same batch deletes
      [
        p.id,
        { ...good, update: [{ id: medium.id, title: "Gone" }] },
        400,
        `Cannot update non-existing variants with ids: ${medium.id}`,
      ],
      [
        p.id,
        { ...good, create: [{ title: "XL", options: { Size: "XL" }, prices: [] }] },
        400,
        "Option value XL does not exist for option Size",
      ],
      // the deletes and updates already ran when the create is refused
      [
        p.id,
        { ...good, create: [{ title: "S again", options: { Size: "S" }, prices: [] }] },
        400,
        "Variant (S) with provided options already exists.",
      ],
      [
        p.id,
        { ...good, update: [{ id: small.id, options: { Size: "Z" } }] },
        400,
        "Option value Z does not exist for option Size",
      ],
      [
        p.id,
        {
          ...good,
          create: [
            {
              title: "L",
              options: { Size: "L" },
              prices: [],
              inventory_items: [{ inventory_item_id: "iitem_missing", required_quantity: 1 }],
            },
          ],
        },
        400,
        "Inventory Items with ids: iitem_missing was not found",
      ],
      [
        "prod_missing",
        good,
        404,
        "You tried to set relationship product_id: prod_missing, but such entity does not exist",
      ],
      ["prod_missing", { delete: [medium.id] }, 404, 'Product with id "prod_missing" not found'],
    ]
    for (const [productId, body, status, message] of cases) {
      const r = await batch(productId, body)
      assertRefused(r, status, message, body)
    }
    assert.deepEqual(await counts(), before)
    assert.deepEqual(events.slice(start), [])
    assert.deepEqual([await variants(p.id), await variants(other.id)], listed)
    assert.deepEqual(
      listed[0].map((v: Variant) => v.title),
      ["M", "S"],
    )
  })

  test("a delete leaves other products' variants alone (echoed, as unknown ids are)", async () => {
    const p = await product("Own tee")
    const other = await product("Neighbour tee")
    const r = await batch(p.id, { delete: [other.variants[0].id] })
    assert.deepEqual(r.body, { ...EMPTY, deleted: { ids: [other.variants[0].id], object: "variant", deleted: true } })
    assert.equal((await variants(other.id)).length, 2)
  })

  test("bodies are checked as Medusa's createBatchBody(CreateProductVariant, AdminBatchUpdateProductVariant)", async () => {
    const p = await product("Checked tee")
    const cases: [unknown, string][] = [
      [{ foo: 1 }, "Unrecognized fields: 'foo'"],
      [{ create: [{ title: "XL", prices: [], foo: 1 }] }, "Unrecognized fields: 'foo'"],
      [{ create: [{ title: "XL" }] }, "Field 'create, 0, prices' is required"],
      [{ update: [{ title: "XL" }] }, "Field 'update, 0, id' is required"],
      [{ update: [{ id: p.variants[0].id, additional_data: {} }] }, "Unrecognized fields: 'additional_data'"],
      [{ delete: [1] }, "Field 'delete, 0' is required"],
    ]
    for (const [body, message] of cases) {
      const r = await batch(p.id, body)
      assert.deepEqual(
        [r.status, r.body],
        [400, { type: "invalid_data", message: `Invalid request: ${message}` }],
        JSON.stringify(body),
      )
    }
  })
})
