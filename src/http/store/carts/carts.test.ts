import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { count, createCart, events } from "./test-support/checkout-test-helpers.js"
import { assertFields } from "../../../test-support/assert-fields.js"
import { assertRefused } from "../../../test-support/refusals.js"
import { checkoutSuite } from "./test-support/checkout-suite.js"

const KEY_BODY_MESSAGE = "Provided request body contains errors. Please check the data and retry the request"

describe("store carts: create, retrieve, update", () => {
  const { s, shop } = checkoutSuite()
  let key: string
  let channel: string
  let multiKey: string
  let noneKey: string
  before(async () => {
    key = s.publishableKey
    channel = s.defaults.default_sales_channel_id
    const keys = await s.app.container.transaction(async (tx) => {
      const [multi, none] = await tx.modules.api_key.generateApiKeys([
        { title: "multi", type: "publishable", created_by: "test" },
        { title: "none", type: "publishable", created_by: "test" },
      ])
      await tx.link.create([
        { api_key: { publishable_key_id: multi.id }, sales_channel: { sales_channel_id: channel } },
        { api_key: { publishable_key_id: multi.id }, sales_channel: { sales_channel_id: shop.channel.empty } },
      ])
      return { multi: multi.token as string, none: none.token as string }
    })
    multiKey = keys.multi
    noneKey = keys.none
  })

  test("a cart takes the key's channel, the region's currency and country; lines are priced and snapshot", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      email: "Ann@Example.COM",
      metadata: { note: " gift <b> " },
      items: [
        { variant_id: shop.variant.teeS, quantity: 2, metadata: { engraving: "A" } },
        { variant_id: shop.variant.teeM, quantity: 1 },
      ],
    })
    assert.match(cart.id, /^cart_[0-9A-Z]{26}$/)
    assert.equal(cart.sales_channel_id, channel)
    assert.equal(cart.currency_code, "usd")
    assert.equal(cart.region_id, shop.region.us)
    assert.equal(cart.email, "Ann@Example.COM") // stored verbatim
    assert.deepEqual(cart.metadata, { note: " gift <b> " })
    assert.equal(cart.completed_at, null)
    assert.equal(cart.total, 50)
    assert.equal(cart.subtotal, 50)
    assert.equal(cart.item_total, 50)
    assert.equal(cart.tax_total, 0)
    assert.equal(cart.shipping_total, 0)
    assert.equal(cart.credit_line_total, 0)
    assert.deepEqual(cart.promotions, [])
    assert.deepEqual(cart.credit_lines, [])
    assert.deepEqual(cart.shipping_methods, [])
    assert.equal(cart.shipping_address.country_code, "us")
    assert.equal(cart.shipping_address_id, cart.shipping_address.id)
    assert.equal(cart.billing_address, null)
    assert.deepEqual(
      { id: cart.region.id, name: cart.region.name, currency_code: cart.region.currency_code },
      { id: shop.region.us, name: "US", currency_code: "usd" },
    )
    assert.deepEqual(
      cart.region.countries.map((c: { iso_2: string }) => c.iso_2),
      ["us"],
    )
    assert.equal(cart.items.length, 2)
    const [s1, m1] = cart.items
    assert.match(s1.id, /^cali_/)
    assertFields(s1, {
      title: "Tee",
      quantity: 2,
      unit_price: 15,
      variant_id: shop.variant.teeS,
      product_id: shop.product.tee,
      product_title: "Tee",
      product_description: "Cotton",
      product_handle: "tee",
      variant_sku: "tee-s",
      variant_title: "S",
      requires_shipping: true,
      is_tax_inclusive: false,
      compare_at_unit_price: null,
      metadata: { engraving: "A" },
      tax_lines: [],
      adjustments: [],
    })
    assert.deepEqual(s1.product, { id: shop.product.tee, collection_id: null, type_id: null, categories: [], tags: [] })
    // an unmanaged variant has no inventory item, but its product has a shipping profile: shipped;
    // a line without metadata has {}
    assert.equal(m1.requires_shipping, true)
    assert.deepEqual(m1.metadata, {})
    assert.equal(m1.unit_price, 20)
    assert.equal((await events(s, "cart.created", cart.id)).length, 1)

    const got = await s.request("GET", `/store/carts/${cart.id}`, { key })
    assert.equal(got.status, 200)
    assert.deepEqual(got.body.cart, cart)
  })

  test("currency_code is accepted in any case and stored lower-case; the first region serves when none is given", async () => {
    const cart = await createCart(s, key, { region_id: shop.region.us, currency_code: "USD" }, "?fields=currency_code")
    assert.deepEqual(cart, { id: cart.id, currency_code: "usd" })
    const anyRegion = await createCart(s, key, {}, "?fields=region_id")
    assert.equal(anyRegion.region_id, shop.region.us)
  })

  test("fields: defaults replaced, extended, and store-disallowed fields dropped", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeM, quantity: 1 }],
    })
    const only = await s.request("GET", `/store/carts/${cart.id}?fields=id,total,items.quantity`, { key })
    assert.deepEqual(only.body.cart, { id: cart.id, total: 20, items: [{ id: cart.items[0].id, quantity: 1 }] })
    const extended = await s.request(
      "GET",
      `/store/carts/${cart.id}?fields=%2Bitems.total,%2Bsales_channel,%2Bitems.variant.sku`,
      { key },
    )
    assert.equal(extended.status, 200)
    assert.equal(extended.body.cart.items[0].total, 20)
    assert.equal(extended.body.cart.sales_channel, undefined)
    assert.equal(extended.body.cart.items[0].variant, undefined)
    // Medusa's allow-list names the bare relations `items.variant` and `items.product`: a
    // storefront's `*items.variant,*items.product` gets the whole variant and product
    const starter = await s.request(
      "GET",
      `/store/carts/${cart.id}?fields=*items,*items.variant,*items.product,region.countries.id`,
      { key },
    )
    const [line] = starter.body.cart.items
    assert.deepEqual(
      [line.variant.id, line.variant.sku, line.variant.product_id],
      [shop.variant.teeM, "tee-m", shop.product.tee],
    )
    assert.deepEqual(
      [line.product.id, line.product.handle, line.product.status],
      [shop.product.tee, "tee", "published"],
    )
    assert.equal(line.discount_subtotal, 0)
    assert.equal(starter.body.cart.region.countries.length, 1) // countries have no id column: `region.countries.id` is allowed, answers {}
    const unknownParam = await s.request("GET", `/store/carts/${cart.id}?foo=1`, { key })
    assert.deepEqual(unknownParam.body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'foo'",
    })
  })

  test("GET of an unknown cart, and the publishable key gate", async () => {
    const missing = await s.request("GET", "/store/carts/cart_missing", { key })
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "Cart with id 'cart_missing' not found" })
    const noKey = await s.request("POST", "/store/carts", { body: {} })
    assert.equal(noKey.status, 400)
    assert.equal(noKey.body.type, "not_allowed")
  })

  test("key vs channel errors come as Medusa's request error list, and write nothing", async () => {
    const before = await count(s, "cart")
    const cases: [string, unknown, string][] = [
      [
        key,
        { sales_channel_id: shop.channel.empty },
        `Sales channel ID in payload ${shop.channel.empty} is not associated with the Publishable API Key in the header.`,
      ],
      [
        key,
        { sales_channel_id: "sc_nope" },
        "Sales channel ID in payload sc_nope is not associated with the Publishable API Key in the header.",
      ],
      [
        multiKey,
        {},
        "Cannot assign sales channel to cart. The Publishable API Key in the header has multiple associated sales channels. Please provide a sales channel ID in the request body.",
      ],
      [
        multiKey,
        { sales_channel_id: null },
        "Cannot assign sales channel to cart. The Publishable API Key in the header has multiple associated sales channels. Please provide a sales channel ID in the request body.",
      ],
    ]
    for (const [k, body, message] of cases) {
      const r = await s.request("POST", "/store/carts", { key: k, body })
      assert.equal(r.status, 400)
      assert.deepEqual(r.body, { errors: [message], message: KEY_BODY_MESSAGE })
    }
    const chosen = await createCart(
      s,
      multiKey,
      { sales_channel_id: shop.channel.empty, region_id: shop.region.us },
      "?fields=sales_channel_id",
    )
    assert.equal(chosen.sales_channel_id, shop.channel.empty)
    assert.equal(await count(s, "cart"), before + 1)
  })

  test("channel rules: exists, enabled, present; a key without channels accepts any", async () => {
    const before = await count(s, "cart")
    const missing = await s.request("POST", "/store/carts", { key: noneKey, body: { sales_channel_id: "sc_nope" } })
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "SalesChannel with id: sc_nope was not found" })
    const disabled = await s.request("POST", "/store/carts", {
      key: noneKey,
      body: { sales_channel_id: shop.channel.off },
    })
    assert.deepEqual(disabled.body, {
      type: "invalid_data",
      message: "Unable to assign cart to disabled Sales Channel: Off",
    })
    // the key of a disabled channel hands that channel to the cart: refused as well
    const viaKey = await s.request("POST", "/store/carts", { key: shop.key.off, body: {} })
    assert.deepEqual(viaKey.body, {
      type: "invalid_data",
      message: "Unable to assign cart to disabled Sales Channel: Off",
    })
    const required =
      "Sales channel is required when creating a cart. Either provide a sales channel ID or set the default sales channel for the store."
    for (const sales_channel_id of [null, ""]) {
      const none = await s.request("POST", "/store/carts", { key: noneKey, body: { sales_channel_id } })
      assert.equal(none.status, 400)
      assert.deepEqual(none.body, { type: "invalid_data", message: required })
    }
    assert.equal(await count(s, "cart"), before)
    // omitted: the store's default channel
    const byDefault = await createCart(s, noneKey, { region_id: shop.region.us }, "?fields=sales_channel_id")
    assert.equal(byDefault.sales_channel_id, channel)
  })

  test("region and currency rules, in Medusa's order", async () => {
    const before = await count(s, "cart")
    const us = shop.region.us
    const tee = (variant_id: string) => [{ variant_id, quantity: 1 }]
    const mismatch = "Currency code eur does not match the region's currency code usd"
    const cases: [body: Record<string, unknown>, status: number, message: string][] = [
      [{ region_id: "reg_nope" }, 404, "No regions found"],
      [{ region_id: us, currency_code: "eur" }, 400, mismatch],
      // lines are priced in the requested currency before the currency is compared with the region's
      [
        { region_id: us, currency_code: "eur", items: tee(shop.variant.teeS) },
        400,
        `Variants with IDs ${shop.variant.teeS} do not have a price`,
      ],
      [{ region_id: us, currency_code: "eur", items: tee(shop.variant.teeM) }, 400, mismatch],
      [
        { region_id: "reg_nope", items: tee(shop.variant.teeM) },
        400,
        "Method calculatePrices requires currency_code in the pricing context",
      ],
      [{ region_id: us, promo_codes: ["SAVE10"] }, 400, "The promotion code SAVE10 is invalid"],
    ]
    for (const [body, status, message] of cases) {
      assertRefused(await s.request("POST", "/store/carts", { key, body }), status, message, body)
    }
    assert.equal(await count(s, "cart"), before)
  })

  test("item rules: existing published variants, sold in the channel (beyond Medusa), priced, in stock", async () => {
    const before = {
      carts: await count(s, "cart"),
      lines: await count(s, "cart_line_item"),
      addresses: await count(s, "cart_address"),
    }
    const post = (items: unknown[], k = key) =>
      s.request("POST", "/store/carts", { key: k, body: { region_id: shop.region.us, items } })
    const unknown = await post([
      { variant_id: "variant_a", quantity: 1 },
      { variant_id: shop.variant.draft, quantity: 1 },
    ])
    assert.deepEqual(unknown.body, {
      type: "invalid_data",
      message: `Variants variant_a, ${shop.variant.draft} do not exist or belong to a product that is not published`,
    })
    const outside = await post([{ variant_id: shop.variant.elsewhere, quantity: 1 }])
    assert.equal(outside.status, 400)
    assert.deepEqual(outside.body, {
      type: "invalid_data",
      message: `Variants ${shop.variant.elsewhere} do not belong to a product available in sales channel ${channel}`,
    })
    const disabledProduct = await post([{ variant_id: shop.variant.ghost, quantity: 1 }])
    assert.equal(disabledProduct.status, 400)
    assert.equal(disabledProduct.body.type, "invalid_data")
    const noItem = await post([{ variant_id: shop.variant.gadget, quantity: 1 }])
    assert.deepEqual(noItem.body, {
      type: "invalid_data",
      message: `Sales channel ${channel} is not associated with any stock location for variant ${shop.variant.gadget}.`,
    })
    const tooMany = await post([{ variant_id: shop.variant.teeS, quantity: 8 }])
    assert.equal(tooMany.status, 400)
    assert.deepEqual(tooMany.body, {
      type: "not_allowed",
      code: "insufficient_inventory",
      message: "Some variant does not have the required inventory",
    })
    // 5 at A cover 5 alone; 7 need A and B together (Medusa sums the locations that hold the item)
    const sevenFit = await post([{ variant_id: shop.variant.teeS, quantity: 7 }])
    assert.equal(sevenFit.status, 200)
    const kit = await post([{ variant_id: shop.variant.kit, quantity: 2 }])
    assert.deepEqual(kit.body.code, "insufficient_inventory") // 2 × 2 needed, 3 stocked
    // the empty channel's location holds a level of tee S with no units
    const empty = await post([{ variant_id: shop.variant.teeS, quantity: 1 }], shop.key.empty)
    assert.deepEqual(empty.body, {
      type: "not_allowed",
      code: "insufficient_inventory",
      message: "Some variant does not have the required inventory",
    })
    assert.deepEqual(
      {
        carts: await count(s, "cart"),
        lines: await count(s, "cart_line_item"),
        addresses: await count(s, "cart_address"),
      },
      { carts: before.carts + 1, lines: before.lines + 1, addresses: before.addresses + 1 },
    )
  })

  test("body validation in Medusa's words", async () => {
    const cases: [unknown, string][] = [
      [
        { region_id: 5, email: "bad", foo: 1 },
        "Invalid request: Expected type: 'string' for field 'region_id', got: '5'; Invalid email address; Unrecognized fields: 'foo'",
      ],
      [{ items: [{ quantity: 1 }] }, "Invalid request: Field 'items, 0, variant_id' is required"],
      [
        { items: [{ variant_id: "x", quantity: 0 }] },
        "Invalid request: Value for field 'items, 0, quantity' too small, expected at least: '0'",
      ],
      [{ email: "x@y.z" }, "Invalid request: Invalid email address"],
    ]
    for (const [body, message] of cases) {
      const r = await s.request("POST", "/store/carts", { key, body })
      assert.equal(r.status, 400)
      assert.deepEqual(r.body, { type: "invalid_data", message })
    }
  })

  test("addresses: objects become addresses, an id string reuses one", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.eu,
      shipping_address: { first_name: "Ann", address_1: "1 Rue", country_code: "FR" },
      billing_address: { company: "ACME", country_code: "de" },
    })
    assert.equal(cart.currency_code, "eur")
    assert.equal(cart.shipping_address.first_name, "Ann")
    assert.equal(cart.shipping_address.country_code, "fr")
    assert.equal(cart.billing_address.company, "ACME")
    assert.equal(cart.billing_address_id, cart.billing_address.id)
    // a region of two countries pre-fills nothing
    const bare = await createCart(s, key, { region_id: shop.region.eu })
    assert.equal(bare.shipping_address, null)
    const reused = await createCart(s, key, { region_id: shop.region.eu, shipping_address: cart.billing_address.id })
    assert.equal(reused.shipping_address.id, cart.billing_address.id)
    const unknown = await s.request("POST", "/store/carts", { key, body: { shipping_address: "caaddr_nope" } })
    assert.deepEqual(
      [unknown.status, unknown.body],
      [
        404,
        {
          type: "not_found",
          message: "You tried to set relationship shipping_address_id: caaddr_nope, but such entity does not exist",
        },
      ],
    )
    const unknownBilling = await s.request("POST", "/store/carts", { key, body: { billing_address: "caaddr_nope" } })
    assert.equal(
      unknownBilling.body.message,
      "You tried to set relationship billing_address_id: caaddr_nope, but such entity does not exist",
    )
  })

  test("update: metadata merges, email, locale, addresses; emits cart.updated", async () => {
    const cart = await createCart(s, key, { region_id: shop.region.us, email: "a@b.co", metadata: { a: 1, b: 2 } })
    const r = await s.request("POST", `/store/carts/${cart.id}`, {
      key,
      body: {
        metadata: { b: "", c: 3 },
        email: "new@b.co",
        locale: "fr-FR",
        billing_address: { first_name: "Bo" },
        shipping_address: { address_1: "9 Main" },
      },
    })
    assert.equal(r.status, 200)
    const updated = r.body.cart
    assert.deepEqual(updated.metadata, { a: 1, c: 3 })
    assert.equal(updated.email, "new@b.co")
    assert.equal(updated.locale, "fr-FR")
    assert.equal(updated.billing_address.first_name, "Bo")
    assert.equal(updated.shipping_address.address_1, "9 Main")
    assert.notEqual(updated.shipping_address.id, cart.shipping_address.id) // a new address replaces the old
    const nullEmail = await s.request("POST", `/store/carts/${cart.id}?fields=email`, { key, body: { email: null } })
    assert.equal(nullEmail.body.cart.email, "new@b.co")
    const byId = await s.request("POST", `/store/carts/${cart.id}?fields=shipping_address.*`, {
      key,
      body: { shipping_address: { id: updated.shipping_address.id, city: "Austin", country_code: "US" } },
    })
    assert.equal(byId.body.cart.shipping_address.id, updated.shipping_address.id)
    assert.equal(byId.body.cart.shipping_address.city, "Austin")
    assert.equal(byId.body.cart.shipping_address.country_code, "us")
    const unknownId = await s.request("POST", `/store/carts/${cart.id}`, {
      key,
      body: { billing_address: { id: "caaddr_nope", city: "X" } },
    })
    assert.deepEqual(
      [unknownId.status, unknownId.body],
      [404, { type: "not_found", message: 'Address with id "caaddr_nope" not found' }],
    )
    // an update's address drops unknown keys (Medusa's merged schema is not strict)
    const extra = await s.request("POST", `/store/carts/${cart.id}?fields=billing_address.city`, {
      key,
      body: { billing_address: { city: "Y", foo: 1 } },
    })
    assert.deepEqual([extra.status, extra.body.cart.billing_address.city], [200, "Y"])
    assert.equal((await events(s, "cart.updated", cart.id)).length, 4)
  })

  test("update: region change re-prices in the new currency; errors in Medusa's words, nothing written", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeM, quantity: 2 }],
    })
    const moved = await s.request(
      "POST",
      `/store/carts/${cart.id}?fields=region_id,currency_code,total,items.unit_price,shipping_address.*`,
      {
        key,
        body: { region_id: shop.region.eu },
      },
    )
    assert.equal(moved.status, 200)
    assert.equal(moved.body.cart.currency_code, "eur")
    assert.equal(moved.body.cart.total, 36)
    assert.equal(moved.body.cart.items[0].unit_price, 18)
    assert.equal(moved.body.cart.shipping_address, null) // two countries: the address is cleared

    const withTeeS = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.teeS, quantity: 1 }],
    })
    const noPrice = await s.request("POST", `/store/carts/${withTeeS.id}`, { key, body: { region_id: shop.region.eu } })
    assert.deepEqual(noPrice.body, {
      type: "invalid_data",
      message: `Variants with IDs ${shop.variant.teeS} do not have a price`,
    })
    const badRegion = await s.request("POST", `/store/carts/${withTeeS.id}`, { key, body: { region_id: "reg_nope" } })
    assert.deepEqual(badRegion.body, { type: "not_found", message: "Region id not found: reg_nope" })
    const badCountry = await s.request("POST", `/store/carts/${withTeeS.id}`, {
      key,
      body: { shipping_address: { country_code: "fr" } },
    })
    assert.deepEqual(badCountry.body, { type: "invalid_data", message: "Country with code fr is not within region US" })
    const disabled = await s.request("POST", `/store/carts/${withTeeS.id}`, {
      key,
      body: { sales_channel_id: shop.channel.off },
    })
    assert.deepEqual(disabled.body, {
      type: "invalid_data",
      message: "Unable to assign cart to disabled Sales Channel: Off",
    })
    const missingChannel = await s.request("POST", `/store/carts/${withTeeS.id}`, {
      key,
      body: { sales_channel_id: "sc_nope" },
    })
    assert.deepEqual(missingChannel.body, { type: "not_found", message: "SalesChannel with id: sc_nope was not found" })
    const unknown = await s.request("POST", "/store/carts/cart_nope", { key, body: {} })
    assert.deepEqual(unknown.body, { type: "not_found", message: "Cart id not found: cart_nope" })
    const strict = await s.request("POST", `/store/carts/${withTeeS.id}`, { key, body: { currency_code: "eur" } })
    assert.deepEqual(strict.body, {
      type: "invalid_data",
      message: "Invalid request: Unrecognized fields: 'currency_code'",
    })
    const after = await s.request("GET", `/store/carts/${withTeeS.id}`, { key })
    assert.deepEqual(after.body.cart, withTeeS)
  })

  test("update: moving to a channel that does not sell the cart's lines is refused (beyond Medusa)", async () => {
    const cart = await createCart(s, key, {
      region_id: shop.region.us,
      items: [{ variant_id: shop.variant.last, quantity: 1 }],
    })
    const r = await s.request("POST", `/store/carts/${cart.id}`, {
      key,
      body: { sales_channel_id: shop.channel.empty },
    })
    assert.deepEqual(r.body, {
      type: "invalid_data",
      message: `Variants ${shop.variant.last} do not belong to a product available in sales channel ${shop.channel.empty}`,
    })
    const ok = await s.request("POST", `/store/carts/${cart.id}?fields=sales_channel_id`, {
      key,
      body: { sales_channel_id: channel },
    })
    assert.equal(ok.body.cart.sales_channel_id, channel)
  })

  test("a line requires shipping when its product has a shipping profile, even without inventory items", async () => {
    const profile = await s.request("POST", "/admin/shipping-profiles", { body: { name: "Parcels", type: "default" } })
    const product = await s.request("POST", "/admin/products?fields=variants.id", {
      body: {
        title: "Boxed",
        status: "published",
        shipping_profile_id: profile.body.shipping_profile.id,
        sales_channels: [{ id: channel }],
        options: [{ title: "Size", values: ["One"] }],
        variants: [
          {
            title: "One",
            options: { Size: "One" },
            manage_inventory: false,
            prices: [{ currency_code: "usd", amount: 4 }],
          },
        ],
      },
    })
    assert.equal(product.status, 200, JSON.stringify(product.body))
    const variant = product.body.product.variants[0].id
    const cart = await createCart(
      s,
      key,
      { region_id: shop.region.us, items: [{ variant_id: variant, quantity: 1 }] },
      "?fields=items.requires_shipping",
    )
    assert.equal(cart.items[0].requires_shipping, true)
    const added = await s.request("POST", `/store/carts/${cart.id}/line-items?fields=items.requires_shipping`, {
      key,
      body: { variant_id: shop.variant.teeM, quantity: 1 },
    })
    // tee M: no inventory item either, its product has the default profile
    assert.deepEqual(added.body.cart.items.map((i: { requires_shipping: boolean }) => i.requires_shipping).sort(), [
      true,
      true,
    ])
  })
})
