import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { ident, sql } from "../../../framework/sql/sql.js"
import {
  ids,
  keys,
  OPTION_VALUE_KEYS,
  optionKeys,
  productKeys,
  variantKeys,
} from "../../../test-support/response-keys.js"
import { shirt, variantNeeding } from "./test-support/test-fixtures.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"
import { adminCreate, createChannel, testNoCredentials } from "../../../test-support/admin-requests.js"

const PRICE_KEYS = [
  ...["amount", "created_at", "currency_code", "id", "max_quantity"],
  ...["min_quantity", "rules", "updated_at", "variant_id"],
]
const PRODUCT_KEYS = productKeys("deleted_at", "external_id", "metadata", "sales_channels", "status")

describe("admin products", () => {
  const { s, events } = serverSuite()

  const create = adminCreate(s, "/admin/products", "product")
  const channel = (name: string) => createChannel(s, name)
  const count = async (table: string) =>
    Number(
      (
        await s.app.container.db.query<{ n: string }>(
          sql`SELECT count(*) AS n FROM ${ident(table)} WHERE deleted_at IS NULL`,
        )
      )[0].n,
    )
  const counts = async () =>
    Promise.all(["product", "product_variant", "product_option", "inventory_item", "product_sales_channel"].map(count))
  const namesSince = (start: number) => events.slice(start).map((e) => e.name)

  testNoCredentials(s, "/admin/products")

  test("create: Medusa's default shape, handle from the title, prices, options, channels, a default inventory item", async () => {
    const sc = s.defaults.default_sales_channel_id
    const start = events.length
    const body = shirt({
      title: "Linen <Shirt> ",
      sales_channels: [{ id: sc }],
      images: [{ url: "http://x/a.png" }, { url: "http://x/b.png" }],
      metadata: { a: 1 },
      shipping_profile_id: s.defaults.default_shipping_profile_id,
    })
    const p = await create(body)
    assert.match(p.id, /^prod_[0-9A-Z]{26}$/)
    assert.deepEqual(keys(p), PRODUCT_KEYS)
    assert.equal(p.title, "Linen <Shirt> ")
    assert.equal(p.handle, "linen-shirt")
    assert.equal(p.status, "draft")
    assert.equal(p.thumbnail, "http://x/a.png")
    assert.deepEqual(p.metadata, { a: 1 })
    assert.deepEqual(
      p.images.map((i: { url: string; rank: number }) => [i.url, i.rank]),
      [
        ["http://x/a.png", 0],
        ["http://x/b.png", 1],
      ],
    )
    assert.deepEqual(ids(p.sales_channels), [sc])
    assert.deepEqual(keys(p.options[0]), optionKeys("deleted_at"))
    assert.deepEqual(
      p.options[0].values.map((v: { value: string }) => v.value),
      ["S", "M"],
    )
    assert.deepEqual(keys(p.options[0].values[0]), OPTION_VALUE_KEYS)
    const [vs, vm] = p.variants
    assert.deepEqual(keys(vs), variantKeys("deleted_at", "images", "prices"))
    assert.deepEqual(keys(vs.prices[0]), PRICE_KEYS)
    assert.deepEqual([vs.prices[0].amount, vs.prices[0].currency_code, vs.prices[0].rules], [10, "usd", {}])
    assert.equal(vm.prices[0].amount, 12.5)
    assert.equal(vs.options[0].value, "S")
    assert.equal(vs.options[0].option.title, "Size")
    assert.equal(vs.manage_inventory, true)
    assert.equal(vm.manage_inventory, false)
    // a variant shows the product's general images (Medusa's product module)
    assert.deepEqual(
      vs.images.map((i: { url: string }) => i.url),
      ["http://x/a.png", "http://x/b.png"],
    )

    // the managed variant got an inventory item (sku/title from the variant), linked with quantity 1
    const linked = await s.request(
      "GET",
      `/admin/products/${p.id}?fields=id,variants.id,*variants.inventory_items,variants.inventory_items.inventory.sku`,
    )
    const [ls, lm] = linked.body.product.variants
    assert.equal(ls.inventory_items.length, 1)
    assert.equal(ls.inventory_items[0].required_quantity, 1)
    assert.equal(ls.inventory_items[0].inventory.sku, vs.sku)
    assert.deepEqual(lm.inventory_items, [])
    const item = (await s.request("GET", `/admin/inventory-items/${ls.inventory_items[0].inventory_item_id}`)).body
      .inventory_item
    assert.deepEqual([item.title, item.description, item.stocked_quantity, item.location_levels], ["S", "S", 0, []])

    assert.deepEqual(
      namesSince(start)
        .filter((n) => !n.startsWith("Link"))
        .sort(),
      ["inventory-item.created", "product-variant.created", "product-variant.created", "product.created"],
    )
    assert.ok(namesSince(start).includes("LinkProductSalesChannel.attached"))
  })

  test("create: refused bodies in Medusa's words, nothing written", async () => {
    const before = await counts()
    const existing = await create(shirt({ title: "Taken", handle: "taken-handle" }))
    const beforeAll = await counts()
    const cases: [Record<string, unknown>, number, string][] = [
      [{ title: "No options" }, 400, "Product options are not provided for: [No options]."],
      [{ options: [{ title: "a", values: ["b"] }] }, 400, "Invalid request: Field 'title' is required"],
      [
        { title: "x", options: [{ title: "a", values: ["b"] }], status: "nope" },
        400,
        "Invalid request: Expected: 'draft, proposed, published, rejected' for field 'status', but got: 'nope'",
      ],
      [
        { title: "x", options: [{ title: "a", values: ["b"] }], foo: 1 },
        400,
        "Invalid request: Unrecognized fields: 'foo'",
      ],
      [
        { title: "x", options: [{ title: "a", values: ["b"] }], variants: [{ title: "v" }] },
        400,
        "Invalid request: Field 'variants, 0, prices' is required",
      ],
      [
        { title: "x", options: [{ title: "a", values: ["b"] }], handle: "Bad Handle" },
        400,
        "Invalid product handle 'Bad Handle'. It must contain URL safe characters",
      ],
      [shirt({ handle: "taken-handle" }), 400, "Product with handle: taken-handle, already exists."],
      [
        shirt({ variants: [{ title: "S", prices: [], options: { Size: "XL" } }] }),
        400,
        "Option value XL does not exist for option Size",
      ],
      [
        shirt({ variants: [{ title: "S", prices: [] }] }),
        400,
        'Product "Shirt" has variants with missing options: [S]',
      ],
      // a variant naming some option values is checked as Medusa's variant creation does
      [
        shirt({ variants: [{ title: "S", prices: [], options: { Color: "S" } }] }),
        400,
        "Option value S does not exist for option Color",
      ],
      [
        shirt({
          options: [
            { title: "Size", values: ["S"] },
            { title: "Color", values: ["Red"] },
          ],
          variants: [{ title: "S", prices: [], options: { Size: "S" } }],
        }),
        400,
        "Product has 2 option values but there were 1 provided option values for the variant: S.",
      ],
      [
        shirt({
          variants: [
            { title: "A", prices: [], options: { Size: "S" } },
            { title: "B", prices: [], options: { Size: "S" } },
          ],
        }),
        400,
        'Variant "A" has same combination of option values as "B".',
      ],
      [
        shirt({ variants: [{ title: "S", sku: existing.variants[0].sku, prices: [], options: { Size: "S" } }] }),
        400,
        `Product variant with sku: ${existing.variants[0].sku}, already exists.`,
      ],
      [shirt({ sales_channels: [{ id: "sc_missing" }] }), 404, "Sales channels with IDs sc_missing do not exist"],
      [
        shirt({ tags: [{ id: "ptag_missing" }] }),
        400,
        "Tag with id ptag_missing not found. Please create the tag before associating it with the product.",
      ],
      [
        shirt({ type_id: "ptyp_missing" }),
        404,
        "You tried to set relationship type_id: ptyp_missing, but such entity does not exist",
      ],
      [
        shirt({ collection_id: "pcol_missing" }),
        404,
        "You tried to set relationship collection_id: pcol_missing, but such entity does not exist",
      ],
      [
        shirt({
          variants: [variantNeeding("S", "iitem_missing", 1)],
        }),
        400,
        "Inventory Items with ids: iitem_missing was not found",
      ],
      [
        { title: "x", is_giftcard: "yes", options: [{ title: "a", values: ["b"] }] },
        400,
        "Invalid request: Invalid input",
      ],
      [
        { title: "x", is_giftcard: 5, options: [{ title: "a", values: ["b"] }] },
        400,
        "Invalid request: Expected type: 'boolean, string' for field 'is_giftcard', got: '5'",
      ],
      [{ title: "", options: [{ title: "a", values: ["b"] }] }, 400, "Product title is required"],
      // Medusa cannot read values inside lists back: wrong types there are "required"
      [{ title: "x", options: [{ title: "a" }] }, 400, "Invalid request: Field 'options, 0, values' is required"],
      [
        { title: "x", options: [{ title: "a", values: [5] }] },
        400,
        "Invalid request: Field 'options, 0, values, 0' is required",
      ],
      [
        { title: "x", options: [{ title: "a", values: ["b"] }], sales_channels: ["sc_1"] },
        400,
        "Invalid request: Field 'sales_channels, 0' is required",
      ],
      [
        shirt({ variants: [{ title: "S", prices: [{ currency_code: "usd", amount: "10" }], options: { Size: "S" } }] }),
        400,
        "Invalid request: Field 'variants, 0, prices, 0, amount' is required",
      ],
      [
        shirt({ variants: [{ title: "S", prices: [], options: { Size: "S" }, foo: 1 }] }),
        400,
        "Invalid request: Unrecognized fields: 'foo'",
      ],
      [
        { title: "x", options: [{ title: "a", values: ["b"] }], metadata: "x" },
        400,
        "Invalid request: Expected type: 'record' for field 'metadata', got: 'x'",
      ],
      [{ title: "x", options: [{ id: "opt_missing" }] }, 400, "Some product options were not found: [opt_missing]"],
      [
        { title: "x", options: [{ id: existing.options[0].id }] },
        400,
        `Product options are already assigned to another product: ${existing.options[0].id}`,
      ],
    ]
    for (const [body, status, message] of cases) {
      const r = await s.request("POST", "/admin/products", { body })
      assertRefused(r, status, message, body)
    }
    const twice = await s.request("POST", "/admin/products", {
      body: { title: "Twice", options: [{ title: "Size", values: ["S", "S"] }] },
    })
    assert.equal(twice.status, 400)
    assert.match(
      twice.body.message,
      /^Product option value with option_id: opt_[0-9A-Z]{26}, value: S, already exists\.$/,
    )
    assert.deepEqual(await counts(), beforeAll)
    assert.notDeepEqual(before, beforeAll)
  })

  test("variant images: general images for every variant, an assigned image only for its variant; images by rank", async () => {
    const p = await create(shirt({ title: "Pictures", images: [{ url: "http://x/1.png" }, { url: "http://x/2.png" }] }))
    const [first, second] = p.images
    const [vs, vm] = p.variants
    await s.app.container.db.query(
      sql`INSERT INTO product_variant_product_image (variant_id, image_id) VALUES (${vs.id}::text, ${second.id}::text)`,
    )
    await s.app.container.db.query(sql`UPDATE product_image SET rank = 5 WHERE id = ${first.id}::text`)
    const r = await s.request("GET", `/admin/products/${p.id}?fields=id,images.url,variants.id,variants.images.url`)
    assert.deepEqual(
      r.body.product.images.map((i: { url: string }) => i.url),
      ["http://x/2.png", "http://x/1.png"],
    )
    const urls = (v: { images: { url: string }[] }) => v.images.map((i) => i.url)
    assert.deepEqual(r.body.product.variants.map(urls), [["http://x/2.png", "http://x/1.png"], ["http://x/1.png"]])
    assert.deepEqual(ids(r.body.product.variants), [vs.id, vm.id])
  })

  test("a variant sku already used by an inventory item is refused as Medusa does", async () => {
    const item = (await s.request("POST", "/admin/inventory-items", { body: { sku: "taken-item-sku" } })).body
      .inventory_item
    assert.ok(item.id)
    const r = await s.request("POST", "/admin/products", {
      body: shirt({
        title: "Dup item",
        variants: [{ title: "S", sku: "taken-item-sku", prices: [], options: { Size: "S" } }],
      }),
    })
    assertRefused(r, 400, "Inventory item with sku: taken-item-sku, already exists.", "r")
    assert.equal((await s.request("GET", "/admin/products?handle=dup-item")).body.count, 0)
  })

  test("variants may name existing inventory items (required quantity kept); unmanaged ones get none", async () => {
    const item = (await s.request("POST", "/admin/inventory-items", { body: { sku: "kit-part" } })).body.inventory_item
    const p = await create(
      shirt({
        title: "Kit",
        variants: [variantNeeding("S", item.id, 3), variantNeeding("M", item.id, 1, { manage_inventory: false })],
      }),
    )
    const r = await s.request("GET", `/admin/products/${p.id}?fields=id,variants.title,*variants.inventory_items`)
    const [vs, vm] = r.body.product.variants
    assert.deepEqual(
      vs.inventory_items.map((l: { inventory_item_id: string; required_quantity: number }) => [
        l.inventory_item_id,
        l.required_quantity,
      ]),
      [[item.id, 3]],
    )
    assert.deepEqual(vm.inventory_items, [])
    const back = await s.request("GET", `/admin/inventory-items/${item.id}?fields=id,variants.id`)
    assert.deepEqual(ids(back.body.inventory_item.variants), [vs.id])
  })

  test("list: channel filter across the link, status[], q, handle, ids, fields, defaults", async () => {
    const web = await channel("Web list")
    const pos = await channel("POS list")
    const a = await create(shirt({ title: "Alpha Tee", status: "published", sales_channels: [{ id: web.id }] }))
    const b = await create(shirt({ title: "Beta Tee", sales_channels: [{ id: web.id }, { id: pos.id }] }))
    const c = await create(shirt({ title: "Gamma Mug", status: "published" }))

    const inWeb = await s.request("GET", `/admin/products?sales_channel_id[]=${web.id}&fields=id`)
    assert.deepEqual([inWeb.body.count, ids(inWeb.body.products)], [2, [a.id, b.id]])
    assert.deepEqual(inWeb.body.products[0], { id: a.id })
    const inPos = await s.request("GET", `/admin/products?sales_channel_id=${pos.id}&fields=id`)
    assert.deepEqual(ids(inPos.body.products), [b.id])
    const both = await s.request(
      "GET",
      `/admin/products?sales_channel_id[]=${web.id},${pos.id}&fields=id&status[]=published`,
    )
    assert.deepEqual(ids(both.body.products), [a.id])
    const published = await s.request("GET", `/admin/products?status[]=published&q=tee&fields=id`)
    assert.deepEqual(ids(published.body.products), [a.id])
    const byHandle = await s.request("GET", `/admin/products?handle=gamma-mug&fields=id,handle`)
    assert.deepEqual(byHandle.body.products, [{ id: c.id, handle: "gamma-mug" }])
    const byIds = await s.request("GET", `/admin/products?id[]=${a.id}&id[]=${c.id}&fields=id&order=-created_at`)
    assert.deepEqual(ids(byIds.body.products), [c.id, a.id])
    const bySku = await s.request("GET", `/admin/products?variants[sku]=${b.variants[0].sku}&fields=id`)
    assert.deepEqual(ids(bySku.body.products), [b.id])
    const withChannels = await s.request("GET", `/admin/products?id=${b.id}&fields=id,*sales_channels`)
    assert.deepEqual(ids(withChannels.body.products[0].sales_channels).sort(), [web.id, pos.id].sort())
    assert.equal(withChannels.body.products[0].sales_channels[0].name !== undefined, true)

    const page = await s.request("GET", "/admin/products?limit=1&offset=1&foo=bar")
    assert.deepEqual([page.status, page.body.limit, page.body.offset, page.body.products.length], [200, 1, 1, 1])
    const all = await s.request("GET", "/admin/products")
    assert.equal(all.body.limit, 50)
    assert.deepEqual(keys(all.body.products[0]), PRODUCT_KEYS)

    const bad = await s.request("GET", "/admin/products?status=published")
    assertRefused(bad, 400, "Invalid request: Expected type: 'array' for field 'status', got: 'published'", "bad")
    const priceList = await s.request("GET", "/admin/products?price_list_id[]=plist_1&fields=id")
    assert.equal(priceList.body.count, 0)
  })

  test("the product is visible from the channel's side", async () => {
    const sc = await channel("Side")
    const p = await create(shirt({ title: "Side Product", sales_channels: [{ id: sc.id }] }))
    const r = await s.request("GET", `/admin/sales-channels/${sc.id}?fields=id,*products,products_link.product_id`)
    assert.deepEqual(ids(r.body.sales_channel.products), [p.id])
    assert.deepEqual(
      r.body.sales_channel.products_link.map((l: { product_id: string }) => l.product_id),
      [p.id],
    )
  })

  test("retrieve: 404 in Medusa's words; fields replace or extend the defaults", async () => {
    const missing = await s.request("GET", "/admin/products/prod_missing")
    assert.deepEqual([missing.status, missing.body], [404, { type: "not_found", message: "Product not found" }])
    const p = await create(shirt({ title: "Fields" }))
    const only = await s.request("GET", `/admin/products/${p.id}?fields=title`)
    assert.deepEqual(only.body.product, { id: p.id, title: "Fields" })
    const extended = await s.request("GET", `/admin/products/${p.id}?fields=-variants,-sales_channels`)
    assert.equal(extended.body.product.variants, undefined)
    assert.equal(extended.body.product.title, "Fields")
    // as Medusa: a field nothing has is left out
    const unknown = await s.request("GET", `/admin/products/${p.id}?fields=nope`)
    assert.deepEqual(unknown.body, { product: { id: p.id } })
  })

  test("update: columns, metadata merge, sales channels replaced / cleared / kept, images, events", async () => {
    const web = await channel("Web upd")
    const pos = await channel("POS upd")
    const p = await create(
      shirt({
        title: "Upd",
        metadata: { a: 1, b: 2 },
        sales_channels: [{ id: web.id }],
        images: [{ url: "http://x/1.png" }],
      }),
    )
    const start = events.length
    const r = await s.request("POST", `/admin/products/${p.id}`, {
      body: {
        title: "Updated",
        status: "published",
        metadata: { b: "", c: 3 },
        sales_channels: [{ id: pos.id }],
        subtitle: null,
        additional_data: { x: 1 },
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const u = r.body.product
    assert.deepEqual([u.title, u.status, u.handle, u.metadata], ["Updated", "published", "upd", { a: 1, c: 3 }])
    assert.deepEqual(ids(u.sales_channels), [pos.id])
    assert.deepEqual(
      namesSince(start).filter((n) => !n.startsWith("Link")),
      ["product.updated"],
    )
    assert.deepEqual(
      namesSince(start)
        .filter((n) => n.startsWith("Link"))
        .sort(),
      ["LinkProductSalesChannel.attached", "LinkProductSalesChannel.detached"],
    )
    const inWeb = await s.request("GET", `/admin/products?sales_channel_id[]=${web.id}&fields=id`)
    assert.equal(inWeb.body.count, 0)

    const kept = await s.request("POST", `/admin/products/${p.id}`, { body: { description: "d" } })
    assert.deepEqual(ids(kept.body.product.sales_channels), [pos.id])
    const cleared = await s.request("POST", `/admin/products/${p.id}`, { body: { sales_channels: [] } })
    assert.deepEqual(cleared.body.product.sales_channels, [])

    const img = u.images[0]
    const images = await s.request("POST", `/admin/products/${p.id}`, {
      body: { images: [{ url: "http://x/new.png" }, { id: img.id, url: img.url }] },
    })
    assert.deepEqual(images.body.product.images.map((i: { url: string; rank: number }) => [i.url, i.rank]).sort(), [
      ["http://x/1.png", 1],
      ["http://x/new.png", 0],
    ])
    assert.equal(images.body.product.images.find((i: { url: string }) => i.url === "http://x/1.png").id, img.id)
  })

  test("update: refusals (404, removed options property, unknown channel, taken handle), nothing written", async () => {
    const missing = await s.request("POST", "/admin/products/prod_missing", { body: { title: "x" } })
    assertRefused(missing, 404, 'Product with id "prod_missing" not found', "missing")
    const p = await create(shirt({ title: "Refusals", sales_channels: [{ id: s.defaults.default_sales_channel_id }] }))
    await create(shirt({ title: "Other handle" }))
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { options: [] },
        400,
        "Invalid request: The 'options' property was removed in version 2.16.0. Please remove it from your request payload.",
      ],
      [{ title: 5 }, 400, "Invalid request: Expected type: 'string' for field 'title', got: '5'"],
      [
        { title: "changed", sales_channels: [{ id: "sc_missing" }] },
        404,
        "Sales channels with IDs sc_missing do not exist",
      ],
      [{ title: "changed", handle: "other-handle" }, 400, "Product with handle: other-handle, already exists."],
      [
        { title: "changed", handle: "Not OK" },
        400,
        "Invalid product handle 'Not OK'. It must contain URL safe characters",
      ],
      [{ title: "changed", option_ids: ["opt_missing"] }, 400, "Some product options were not found: [opt_missing]"],
    ]
    for (const [body, status, message] of cases) {
      const r = await s.request("POST", `/admin/products/${p.id}`, { body })
      assertRefused(r, status, message, body)
    }
    const after = (await s.request("GET", `/admin/products/${p.id}`)).body.product
    assert.equal(after.title, "Refusals")
    assert.equal(after.sales_channels.length, 1)
  })

  test("update: the variants list is the new set (updated, created, removed)", async () => {
    const p = await create(shirt({ title: "Set" }))
    const [vs, vm] = p.variants
    const r = await s.request("POST", `/admin/products/${p.id}`, {
      body: {
        variants: [
          { id: vs.id, title: "Small", prices: [{ currency_code: "usd", amount: 11 }] },
          { title: "Medium again", options: { Size: "M" }, prices: [{ currency_code: "usd", amount: 20 }] },
        ],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const titles = r.body.product.variants.map((v: { title: string }) => v.title)
    assert.deepEqual(titles, ["Small", "Medium again"])
    assert.equal(r.body.product.variants[0].prices[0].amount, 11)
    assert.ok(!ids(r.body.product.variants).includes(vm.id))
    const unknown = await s.request("POST", `/admin/products/${p.id}`, {
      body: { variants: [{ id: "variant_missing", title: "x" }] },
    })
    assertRefused(unknown, 400, "Cannot update non-existing variants with ids: variant_missing", "unknown")
  })

  test("option_ids: an unused option can be removed, a used one cannot", async () => {
    const p = await create({
      title: "Two options",
      options: [
        { title: "Size", values: ["S"] },
        { title: "Color", values: ["Red"] },
      ],
    })
    const [size, color] = p.options
    const r = await s.request("POST", `/admin/products/${p.id}`, { body: { option_ids: [size.id] } })
    assert.deepEqual(
      r.body.product.options.map((o: { title: string }) => o.title),
      ["Size"],
    )
    await s.request("POST", `/admin/products/${p.id}/variants`, {
      body: { title: "S", prices: [], options: { Size: "S" } },
    })
    const refused = await s.request("POST", `/admin/products/${p.id}`, { body: { option_ids: [] } })
    assertRefused(
      refused,
      400,
      "Cannot unassign product option from product which has variants for that option",
      "refused",
    )
    const foreign = await s.request("POST", `/admin/products/${p.id}`, { body: { option_ids: [size.id, color.id] } })
    assert.equal(foreign.status, 400)
  })

  test("delete: soft delete with variants, options, links and default inventory; with_deleted; handle reusable", async () => {
    const sc = await channel("Del")
    const shared = (await s.request("POST", "/admin/inventory-items", { body: { sku: "shared-part" } })).body
      .inventory_item
    const other = await create(
      shirt({
        title: "Keeps shared",
        variants: [variantNeeding("S", shared.id, 1)],
      }),
    )
    const p = await create(
      shirt({
        title: "Doomed",
        sales_channels: [{ id: sc.id }],
        variants: [{ title: "S", prices: [], options: { Size: "S" } }, variantNeeding("M", shared.id, 2)],
      }),
    )
    const linked = await s.request("GET", `/admin/products/${p.id}?fields=id,variants.id,*variants.inventory_items`)
    const ownItem = linked.body.product.variants[0].inventory_items[0].inventory_item_id
    const start = events.length
    const del = await s.request("DELETE", `/admin/products/${p.id}`)
    assert.deepEqual([del.status, del.body], [200, { id: p.id, object: "product", deleted: true }])
    assert.deepEqual(
      namesSince(start)
        .filter((n) => !n.startsWith("Link"))
        .sort(),
      ["inventory-item.deleted", "product-option.deleted", "product.deleted"],
    )
    assert.deepEqual(
      events
        .slice(start)
        .filter((e) => e.name === "product-option.deleted")
        .map((e) => e.data),
      [{ id: p.options[0].id }],
    )

    assert.equal((await s.request("GET", `/admin/products/${p.id}`)).status, 404)
    assert.equal((await s.request("GET", `/admin/inventory-items/${ownItem}`)).status, 404)
    assert.equal((await s.request("GET", `/admin/inventory-items/${shared.id}`)).status, 200)
    const channelSide = await s.request("GET", `/admin/sales-channels/${sc.id}?fields=id,*products`)
    assert.deepEqual(channelSide.body.sales_channel.products, [])
    const { data: pivots } = await s.app.container.query.graph({
      entity: "product_sales_channel",
      fields: ["id", "deleted_at"],
      filters: { product_id: p.id },
      withDeleted: true,
    })
    assert.equal(pivots.length, 1)
    assert.ok(pivots[0].deleted_at)
    const { data: variantLinks } = await s.app.container.query.graph({
      entity: "product_variant_inventory_item",
      fields: ["id"],
      filters: { variant_id: ids(p.variants) },
    })
    assert.equal(variantLinks.length, 0)
    const sharedBack = await s.request("GET", `/admin/inventory-items/${shared.id}?fields=id,variants.id`)
    assert.deepEqual(ids(sharedBack.body.inventory_item.variants), [other.variants[0].id])

    const listed = await s.request("GET", `/admin/products?id=${p.id}&fields=id,deleted_at`)
    assert.equal(listed.body.count, 0)
    const withDeleted = await s.request("GET", `/admin/products?id=${p.id}&fields=id,deleted_at&with_deleted=true`)
    assert.equal(withDeleted.body.count, 1)
    assert.ok(withDeleted.body.products[0].deleted_at)

    const again = await create(shirt({ title: "Doomed" }))
    assert.equal(again.handle, "doomed")
    const unknown = await s.request("DELETE", "/admin/products/prod_missing")
    assert.deepEqual(unknown.body, { id: "prod_missing", object: "product", deleted: true })
  })

  test("delete refuses while an inventory item it would remove has reservations", async () => {
    const loc = (await s.request("POST", "/admin/stock-locations", { body: { name: "Res WH" } })).body.stock_location
    const p = await create(shirt({ title: "Reserved" }))
    const r = await s.request("GET", `/admin/products/${p.id}?fields=id,variants.id,*variants.inventory_items`)
    const itemId = r.body.product.variants[0].inventory_items[0].inventory_item_id
    await s.request("POST", `/admin/inventory-items/${itemId}/location-levels`, {
      body: { location_id: loc.id, stocked_quantity: 5 },
    })
    await s.app.container.transaction(async (tx) => {
      await tx.modules.inventory.createReservationItems([
        { inventory_item_id: itemId, location_id: loc.id, quantity: 2 },
      ])
      await tx.modules.inventory.updateInventoryLevels({
        selector: { inventory_item_id: itemId },
        data: { reserved_quantity: 2 },
      })
    })
    const del = await s.request("DELETE", `/admin/products/${p.id}`)
    assertRefused(
      del,
      400,
      `Cannot remove following inventory item(s) since they have reservations: [${itemId}].`,
      "del",
    )
    assert.equal((await s.request("GET", `/admin/products/${p.id}`)).status, 200)
  })
  test("queries of the retrieve, write and variant routes are strict, as Medusa's (the list's drops unknown keys)", async () => {
    const p = await create(shirt({ title: "Strict query" }))
    const refused = { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" }
    const cases: [string, string, Record<string, unknown>?][] = [
      ["GET", `/admin/products/${p.id}?foo=1`],
      ["POST", `/admin/products/${p.id}?foo=1`, { title: "x" }],
      ["DELETE", `/admin/products/${p.id}?foo=1`],
      ["GET", `/admin/products/${p.id}/variants?foo=1`],
      ["GET", `/admin/products/${p.id}/variants/${p.variants[0].id}?foo=1`],
      ["GET", "/admin/product-variants?foo=1"],
    ]
    for (const [method, path, body] of cases) {
      const r = await s.request(method, path, body ? { body } : {})
      assert.deepEqual([r.status, r.body], [400, refused], `${method} ${path}`)
    }
    assert.equal((await s.request("GET", `/admin/products/${p.id}`)).body.product.title, "Strict query")
    assert.equal((await s.request("GET", `/admin/products?id=${p.id}&foo=1`)).body.count, 1)
  })

  test("fields nothing can answer are left out, as Medusa does (not a 400)", async () => {
    const p = await create(shirt({ title: "Odd fields" }))
    const one = await s.request("GET", `/admin/products/${p.id}?fields=id,nope,*shipping_options`)
    assert.deepEqual([one.status, one.body], [200, { product: { id: p.id } }])
    const list = await s.request("GET", `/admin/products?id=${p.id}&fields=title,variants.nope`)
    assert.deepEqual(list.body.products, [{ id: p.id, title: "Odd fields" }])
    const starred = await s.request("GET", `/admin/products/${p.id}?fields=*nope`)
    assert.equal(starred.body.product.title, "Odd fields", "a *relation that does not exist leaves the defaults")
    const variants = await s.request("GET", `/admin/products/${p.id}/variants?fields=title,nope&order=title`)
    assert.deepEqual(
      variants.body.variants.map((v: { title: string }) => v.title),
      ["M", "S"],
    )
    const single = await s.request("GET", `/admin/products/${p.id}/variants/${p.variants[0].id}?fields=id,nope`)
    assert.deepEqual(single.body, { variant: { id: p.variants[0].id } })
    const options = await s.request("GET", `/admin/products/${p.id}/options?fields=title,nope`)
    assert.deepEqual(options.body.product_options, [{ id: p.options[0].id, title: "Size" }])
  })
  test("*categories: each category carries its parent as Medusa's ORM references it ({id} or null)", async () => {
    const category = async (body: Record<string, unknown>) =>
      (await s.request("POST", "/admin/product-categories", { body })).body.product_category
    const parent = await category({ name: "Parent cat" })
    const childCat = await category({ name: "Child cat", parent_category_id: parent.id })
    const p = await create(shirt({ title: "Categorised", categories: [{ id: childCat.id }] }))
    const r = await s.request("GET", `/admin/products/${p.id}?fields=id,*categories`)
    assert.deepEqual(
      r.body.product.categories.map((c: { id: string; parent_category: unknown }) => [c.id, c.parent_category]),
      [[childCat.id, { id: parent.id }]],
    )
    const list = await s.request("GET", `/admin/products?id=${p.id}&fields=id,categories.*`)
    assert.deepEqual(list.body.products[0].categories[0].parent_category, { id: parent.id })
    const plain = await s.request("GET", `/admin/products/${p.id}?fields=id,categories.name`)
    assert.deepEqual(plain.body.product.categories, [{ id: childCat.id, name: "Child cat" }])
  })
})
