import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { catalogSuite } from "./test-support/catalog-suite.js"

type Variant = { id: string; calculated_price?: Record<string, unknown> | null }

/** Medusa 2.21.2's calculated_price for a price without price list. */
function expectedPrice(
  variantId: string,
  price: { id: string; amount: number; currency_code: string },
  taxInclusive = false,
) {
  const raw = { value: String(price.amount), precision: 20 }
  const ref = { id: price.id, price_list_id: null, price_list_type: null, min_quantity: null, max_quantity: null }
  return {
    id: variantId.replace(/^variant_/, "pset_"),
    is_calculated_price_price_list: false,
    is_calculated_price_tax_inclusive: taxInclusive,
    calculated_amount: price.amount,
    raw_calculated_amount: raw,
    is_original_price_price_list: false,
    is_original_price_tax_inclusive: taxInclusive,
    original_amount: price.amount,
    raw_original_amount: raw,
    currency_code: price.currency_code,
    calculated_price: ref,
    original_price: ref,
  }
}

describe("store products: variants.calculated_price", () => {
  const { s, cat, get } = catalogSuite()
  const shirtVariants = async (query: string) => {
    const r = await get(`/store/products/${cat.products.shirt.id}?${query}`)
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return Object.fromEntries(r.body.product.variants.map((v: Variant) => [v.id, v])) as Record<string, Variant>
  }

  test("the price in the region's currency, in Medusa's shape; none in that currency → null", async () => {
    const { shirtS, shirtM } = cat.variants
    const byId = await shirtVariants(`fields=id,*variants.calculated_price&region_id=${cat.regions.usd.id}`)
    // the 900 from 10 units is not the price of one; the VIP region's price needs that region
    assert.deepEqual(byId[shirtS.id], {
      id: shirtS.id,
      calculated_price: expectedPrice(shirtS.id, cat.prices.usdPrice as never),
    })
    assert.deepEqual(byId[shirtM.id], { id: shirtM.id, calculated_price: null })
    const bare = await shirtVariants(`fields=id,variants.calculated_price&region_id=${cat.regions.usd.id}`)
    assert.deepEqual(bare, byId)
  })

  test("a price whose rules match the region wins; decimals; the store's tax-inclusive currency", async () => {
    const { shirtS, shirtM } = cat.variants
    const vip = await shirtVariants(`fields=id,*variants.calculated_price&region_id=${cat.regions.vip.id}`)
    assert.equal(vip[shirtS.id].calculated_price!.calculated_amount, 1200)
    assert.equal((vip[shirtS.id].calculated_price!.calculated_price as { id: string }).id, cat.prices.vipPrice.id)
    const eur = await shirtVariants(`fields=id,*variants.calculated_price&region_id=${cat.regions.eur.id}`)
    assert.deepEqual(eur[shirtS.id].calculated_price, expectedPrice(shirtS.id, cat.prices.eurPrice as never, true))
    assert.equal(eur[shirtM.id].calculated_price!.calculated_amount, 14)
  })

  test("country_code with automatic taxes adds the with/without tax amounts", async () => {
    const { shirtS } = cat.variants
    const usd = await shirtVariants(
      `fields=id,*variants.calculated_price&region_id=${cat.regions.usd.id}&country_code=us`,
    )
    assert.deepEqual(usd[shirtS.id].calculated_price, {
      ...expectedPrice(shirtS.id, cat.prices.usdPrice as never),
      calculated_amount_with_tax: 1500,
      calculated_amount_without_tax: 1500,
      original_amount_with_tax: 1500,
      original_amount_without_tax: 1500,
    })
    // the eur region has no automatic taxes
    const eur = await shirtVariants(
      `fields=id,*variants.calculated_price&region_id=${cat.regions.eur.id}&country_code=fr`,
    )
    assert.equal(eur[shirtS.id].calculated_price!.calculated_amount_with_tax, undefined)
  })

  test("region_id alone asks for prices, on the listing too", async () => {
    const r = await get(`/store/products?fields=id&handle=shirt&region_id=${cat.regions.usd.id}`)
    assert.equal(r.status, 200)
    const [product] = r.body.products
    assert.deepEqual(Object.keys(product).sort(), ["id", "variants"])
    for (const variant of product.variants) assert.deepEqual(Object.keys(variant).sort(), ["calculated_price", "id"])
    const withDefaults = await get(`/store/products?handle=kit&region_id=${cat.regions.usd.id}`)
    assert.equal(withDefaults.body.products[0].title, "Kit")
    assert.equal(withDefaults.body.products[0].variants[0].calculated_price, null)
  })

  test("missing or unknown region → 400, as Medusa words it", async () => {
    const missing = await get(`/store/products?fields=id,*variants.calculated_price`)
    assert.equal(missing.status, 400)
    assert.deepEqual(missing.body, {
      type: "invalid_data",
      message: "Missing required pricing context to calculate prices - region_id",
    })
    const detail = await get(`/store/products/${cat.products.shirt.id}?fields=%2Bvariants.calculated_price`)
    assert.deepEqual(detail.body, missing.body)
    const unknown = await get(`/store/products?region_id=reg_nope`)
    assert.deepEqual(unknown.body, {
      type: "invalid_data",
      message: "Region with id reg_nope not found when populating the pricing context",
    })
    // a channel error comes first
    const channel = await get(`/store/products?region_id=reg_nope&sales_channel_id=${cat.channels.pos.id}`)
    assert.equal(channel.body.message, "Requested sales channel is not part of the publishable key")
  })

  test("the cart's region wins over region_id, and its shipping country turns taxes on", async () => {
    const { shirtS } = cat.variants
    const cart = await s.app.container.transaction(async (tx) => {
      const address = await tx.modules.cart.createAddresses({ country_code: "us" })
      return tx.modules.cart.createCarts({
        currency_code: "usd",
        region_id: cat.regions.usd.id,
        shipping_address_id: address.id,
      })
    })
    const byCart = await shirtVariants(
      `fields=id,*variants.calculated_price&cart_id=${cart.id}&region_id=${cat.regions.eur.id}`,
    )
    assert.equal(byCart[shirtS.id].calculated_price!.currency_code, "usd")
    assert.equal(byCart[shirtS.id].calculated_price!.calculated_amount_with_tax, 1500)
    // an unknown cart leaves region_id in charge
    const noCart = await shirtVariants(
      `fields=id,*variants.calculated_price&cart_id=cart_nope&region_id=${cat.regions.eur.id}`,
    )
    assert.equal(noCart[shirtS.id].calculated_price!.currency_code, "eur")
  })

  test("a region's change shows on the next read (regions are kept in memory, pricing-regions.ts)", async () => {
    const { shirtS } = cat.variants
    const created = await s.request("POST", "/admin/regions", {
      body: { name: "Moving", currency_code: "usd", automatic_taxes: false },
    })
    assert.equal(created.status, 200, JSON.stringify(created.body))
    const id = created.body.region.id as string
    const price = async (query = "") =>
      (await shirtVariants(`fields=id,*variants.calculated_price&region_id=${id}${query}`))[shirtS.id].calculated_price!
    assert.equal((await price()).calculated_amount, 1500)
    assert.equal((await price("&country_code=us")).calculated_amount_with_tax, undefined)
    const updated = await s.request("POST", `/admin/regions/${id}`, {
      body: { currency_code: "eur", automatic_taxes: true },
    })
    assert.equal(updated.status, 200, JSON.stringify(updated.body))
    assert.equal((await price()).calculated_amount, 12.5)
    assert.equal((await price("&country_code=de")).calculated_amount_with_tax, 12.5)
    // the store's default region, set and unset through the admin API
    const store = async (default_region_id: string | null) =>
      assert.equal(
        (await s.request("POST", `/admin/stores/${cat.store.id}`, { body: { default_region_id } })).status,
        200,
      )
    await store(id)
    try {
      const byDefault = await shirtVariants(`fields=id,*variants.calculated_price`)
      assert.equal(byDefault[shirtS.id].calculated_price!.calculated_amount, 12.5)
    } finally {
      await store(null)
    }
    assert.equal((await get(`/store/products?fields=id,*variants.calculated_price`)).status, 400)
    assert.equal((await s.request("DELETE", `/admin/regions/${id}`)).status, 200)
    const gone = await get(`/store/products/${cat.products.shirt.id}?region_id=${id}`)
    assert.equal(gone.status, 400)
    assert.equal(gone.body.message, `Region with id ${id} not found when populating the pricing context`)
  })

  test("the first active price list, and its return to draft, show on the next read", async () => {
    // with no active list the statement prices from the variant's own prices only (store-price-facts.ts)
    const { shirtS } = cat.variants
    const amount = async () =>
      (await shirtVariants(`fields=id,*variants.calculated_price&region_id=${cat.regions.usd.id}`))[shirtS.id]
        .calculated_price!
    assert.equal((await amount()).calculated_amount, 1500)
    const created = await s.request("POST", "/admin/price-lists", {
      body: {
        title: "First sale",
        description: "d",
        type: "sale",
        status: "active",
        prices: [{ variant_id: shirtS.id, amount: 1100, currency_code: "usd" }],
      },
    })
    assert.equal(created.status, 200, JSON.stringify(created.body))
    const listed = await amount()
    assert.equal(listed.calculated_amount, 1100)
    assert.equal(listed.original_amount, 1500)
    assert.equal(listed.is_calculated_price_price_list, true)
    const id = created.body.price_list.id as string
    assert.equal((await s.request("POST", `/admin/price-lists/${id}`, { body: { status: "draft" } })).status, 200)
    assert.equal((await amount()).calculated_amount, 1500)
    assert.equal((await s.request("DELETE", `/admin/price-lists/${id}`)).status, 200)
  })

  test("the store's default region is the last resort", async () => {
    const { shirtS } = cat.variants
    await s.app.container.transaction((tx) =>
      tx.modules.store.updateStores(cat.store.id, { default_region_id: cat.regions.eur.id }),
    )
    try {
      const byId = await shirtVariants(`fields=id,*variants.calculated_price`)
      assert.equal(byId[shirtS.id].calculated_price!.calculated_amount, 12.5)
    } finally {
      await s.app.container.transaction((tx) =>
        tx.modules.store.updateStores(cat.store.id, { default_region_id: null }),
      )
    }
  })
})
