import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { testServer, type TestServer } from "../../../test-support/http.js"
import { createCheckoutShop, type CheckoutShop } from "../carts/test-support/checkout-fixtures.js"
import { signUp } from "../customers/test-support/customer-test-helpers.js"

type Price = {
  calculated_amount: number
  original_amount: number
  calculated_price: { price_list_type: string | null }
}

/**
 * Medusa 2.21.2 (checked on the anchor): store product and variant reads by a signed-in customer
 * (Bearer token or session) price with the customer's groups; guests, customers of other groups
 * and customers in no group see the base price. The response cache keys by the group set; the
 * same answers come with the cache off.
 */
for (const httpCache of ["on", "off"] as const)
  describe(`store prices for the signed-in customer's groups (cache ${httpCache})`, () => {
    let s: TestServer
    let shop: CheckoutShop
    let member: { id: string; token: string }
    let stranger: { id: string; token: string }
    let loner: { id: string; token: string }
    let trade: string
    let saleList: string

    const admin = async (method: string, path: string, body?: unknown) => {
      const r = await s.request(method, path, { body })
      assert.equal(r.status, 200, JSON.stringify(r.body))
      return r.body
    }
    const asShopper = (token: string | null, headers: Record<string, string> = {}) => ({
      key: s.publishableKey,
      token,
      headers,
    })
    /** teeS's calculated price on the product page, with the response's ETag */
    async function productPrice(token: string | null, headers: Record<string, string> = {}) {
      const r = await s.request(
        "GET",
        `/store/products/${shop.product.tee}?region_id=${shop.region.us}&fields=id,variants.id,variants.calculated_price`,
        asShopper(token, headers),
      )
      assert.equal(r.status, 200, JSON.stringify(r.body))
      const variant = r.body.product.variants.find((v: { id: string }) => v.id === shop.variant.teeS)
      return { price: variant.calculated_price as Price, etag: r.headers.get("etag") }
    }
    const amountOf = async (token: string | null) => (await productPrice(token)).price.calculated_amount

    before(async () => {
      s = await testServer({ httpCache })
      shop = await createCheckoutShop(s.app.container, s.defaults.default_sales_channel_id)
      member = await signUp(s, "member@example.com")
      stranger = await signUp(s, "stranger@example.com")
      loner = await signUp(s, "loner@example.com")
      trade = (await admin("POST", "/admin/customer-groups", { name: "Trade" })).customer_group.id
      const staff = (await admin("POST", "/admin/customer-groups", { name: "Staff" })).customer_group.id
      await admin("POST", `/admin/customer-groups/${trade}/customers`, { add: [member.id] })
      await admin("POST", `/admin/customer-groups/${staff}/customers`, { add: [stranger.id] })
      saleList = (
        await admin("POST", "/admin/price-lists", {
          title: "Trade sale",
          description: "d",
          type: "sale",
          status: "active",
          rules: { "customer.groups.id": [trade] },
          prices: [{ variant_id: shop.variant.teeS, amount: 10, currency_code: "usd" }],
        })
      ).price_list.id
    })
    after(() => s.close())

    test("a guest sees the base price, a group member the list price, others the base price", async () => {
      const guest = await productPrice(null)
      assert.deepEqual([guest.price.calculated_amount, guest.price.original_amount], [15, 15])
      const mine = await productPrice(member.token)
      assert.deepEqual(
        [mine.price.calculated_amount, mine.price.original_amount, mine.price.calculated_price.price_list_type],
        [10, 15, "sale"],
      )
      if (httpCache === "on") assert.notEqual(mine.etag, guest.etag)
      // another group's customer, a customer in no group, a token that is no customer's: the base price
      assert.equal(await amountOf(stranger.token), 15)
      const alone = await productPrice(loner.token)
      assert.deepEqual([alone.price.calculated_amount, alone.etag], [15, guest.etag])
      assert.equal(await amountOf(s.adminToken), 15)
      assert.equal(await amountOf("not.a.token"), 15)
      // the guest's cached answer is still the base price
      assert.equal(await amountOf(null), 15)
    })

    test("the listing, the variant routes and a session cookie agree", async () => {
      const listing = await s.request(
        "GET",
        `/store/products?id=${shop.product.tee}&region_id=${shop.region.us}&fields=id,variants.id,variants.calculated_price`,
        asShopper(member.token),
      )
      const listed = listing.body.products[0].variants.find((v: { id: string }) => v.id === shop.variant.teeS)
      assert.equal(listed.calculated_price.calculated_amount, 10)
      const variantPath = `/store/product-variants/${shop.variant.teeS}?region_id=${shop.region.us}&fields=id,calculated_price`
      const variant = await s.request("GET", variantPath, asShopper(member.token))
      assert.equal(variant.body.variant.calculated_price.calculated_amount, 10)
      const variants = await s.request(
        "GET",
        `/store/product-variants?id=${shop.variant.teeS}&region_id=${shop.region.us}&fields=id,calculated_price`,
        asShopper(null),
      )
      assert.equal(variants.body.variants[0].calculated_price.calculated_amount, 15)

      const session = await s.request("POST", "/auth/session", { token: member.token })
      assert.equal(session.status, 200, JSON.stringify(session.body))
      const cookie = session.headers.get("set-cookie")!.split(";")[0]
      assert.equal((await productPrice(null, { cookie })).price.calculated_amount, 10)
    })

    test("the cart charges what the listing shows, for the member and for a guest", async () => {
      const line = async (token: string | null) => {
        const cart = (
          await s.request("POST", "/store/carts", { ...asShopper(token), body: { region_id: shop.region.us } })
        ).body.cart
        const added = await s.request("POST", `/store/carts/${cart.id}/line-items?fields=id,*items`, {
          ...asShopper(token),
          body: { variant_id: shop.variant.teeS, quantity: 1 },
        })
        assert.equal(added.status, 200, JSON.stringify(added.body))
        return added.body.cart.items[0].unit_price as number
      }
      assert.deepEqual([await line(member.token), await amountOf(member.token)], [10, 10])
      assert.deepEqual([await line(null), await amountOf(null)], [15, 15])
    })

    test("a membership or price list change shows on the next read (the cache follows)", async () => {
      assert.equal(await amountOf(member.token), 10)
      await admin("POST", `/admin/customer-groups/${trade}/customers`, { remove: [member.id] })
      assert.equal(await amountOf(member.token), 15)
      await admin("POST", `/admin/customers/${member.id}/customer-groups`, { add: [trade] })
      assert.equal(await amountOf(member.token), 10)

      const { prices } = await admin("GET", `/admin/price-lists/${saleList}/prices`)
      await admin("POST", `/admin/price-lists/${saleList}/prices/batch`, {
        update: [{ id: prices[0].id, variant_id: shop.variant.teeS, amount: 9 }],
      })
      assert.equal(await amountOf(member.token), 9)
      await admin("POST", `/admin/price-lists/${saleList}`, { status: "draft" })
      assert.equal(await amountOf(member.token), 15)
      await admin("POST", `/admin/price-lists/${saleList}`, { status: "active" })
      // a customer in two groups gets the list of either; the group-less customer still the base price
      await admin("POST", `/admin/customers/${stranger.id}/customer-groups`, { add: [trade] })
      assert.deepEqual([await amountOf(stranger.token), await amountOf(loner.token)], [9, 15])
    })
  })
