import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Page } from "playwright-core"
import { testServer, type TestServer } from "../../test-support/http.js"
import { ensureAdminPageBuilt } from "./test-support/build-once.js"
import { launchBrowser, signIn, type TestBrowser } from "./test-support/browser.js"
import {
  createChannel,
  createKey,
  createLocation,
  createProduct,
  placeOrder,
  setStock,
  storeQuantity,
  type ShopProduct,
} from "./test-support/shop.js"

describe("admin page in Chromium: one sales channel", () => {
  let s: TestServer, browser: TestBrowser, page: Page
  let channel: string, copenhagen: string, aarhus: string, key: { id: string; token: string }
  let shirt: ShopProduct, scarf: ShopProduct

  before(async () => {
    await ensureAdminPageBuilt()
    ;[s, browser] = await Promise.all([testServer(), launchBrowser()])
    channel = await createChannel(s, "Web shop", "The online store")
    copenhagen = await createLocation(s, "Copenhagen", "Copenhagen")
    aarhus = await createLocation(s, "Aarhus")
    key = await createKey(s, "Web key")
    shirt = await createProduct(s, "Linen shirt", ["S", "M"])
    scarf = await createProduct(s, "Wool scarf", ["One size"], [channel])
    await setStock(s, shirt.variants.S!.item, copenhagen, 10)
    await setStock(s, shirt.variants.S!.item, aarhus, 4)
    await setStock(s, shirt.variants.M!.item, copenhagen, 3)
    await setStock(s, scarf.variants["One size"]!.item, aarhus, 5)
    page = await browser.page()
    await signIn(page, s)
  })
  after(async () => {
    await browser?.close()
    await s?.close()
  })

  const productRow = (title: string) =>
    page.getByRole("table", { name: "Products" }).getByRole("row").filter({ hasText: title })
  const section = (name: string) => page.getByRole("region", { name })
  /** waits until the product's "available in channel" cell and its variants read as given */
  async function expectAvailable(title: string, total: string, variants: string[]) {
    const row = productRow(title)
    await row.locator("[data-testid=available]", { hasText: new RegExp(`^${total}$`) }).waitFor()
    assert.deepEqual(
      await row
        .getByRole("list", { name: `Variants of ${title}` })
        .getByRole("listitem")
        .allInnerTexts(),
      variants,
    )
  }
  async function linked(path: string): Promise<string[]> {
    const r = await s.request("GET", path)
    assert.equal(r.status, 200)
    return r.body.sales_channels.map((c: { name: string }) => c.name)
  }

  test("opens from the list: name, status, description, its products; no keys or locations yet", async () => {
    await page.getByRole("link", { name: "Web shop" }).click()
    await page.getByRole("heading", { level: 1, name: "Web shop" }).waitFor()
    assert.match(await page.locator(".title-row").innerText(), /^Web shop\s+Enabled$/)
    assert.equal(new URL(page.url()).pathname, `/app/channels/${channel}`)
    await page.getByText("The online store").waitFor()
    // no stock location linked: nothing is available here yet
    await expectAvailable("Wool scarf", "0", ["One size: 0"])
    assert.equal(await productRow("Linen shirt").count(), 0)
    await section("Publishable API keys")
      .getByText("No publishable key: storefronts cannot read this channel.")
      .waitFor()
    await section("Stock locations").getByText("No stock location: nothing is available in this channel.").waitFor()
  })

  test("adds a product found by search and removes another; the server has the same links", async () => {
    await page.getByRole("searchbox", { name: "Find products" }).fill("linen")
    await page.getByRole("button", { name: "Add Linen shirt to Web shop" }).click()
    await page.getByRole("status").filter({ hasText: "“Linen shirt” added to Web shop." }).waitFor()
    await productRow("Linen shirt").waitFor()
    await page
      .getByRole("list", { name: "Add products" })
      .getByRole("listitem")
      .filter({ hasText: "Linen shirt" })
      .getByText("in this channel")
      .waitFor()

    await page.getByRole("button", { name: "Remove Wool scarf from Web shop" }).click()
    await page.getByRole("status").filter({ hasText: "“Wool scarf” removed from Web shop." }).waitFor()
    await productRow("Wool scarf").waitFor({ state: "detached" })

    const listed = await s.request("GET", `/admin/products?sales_channel_id[]=${channel}&fields=title`)
    assert.deepEqual(
      listed.body.products.map((p: { title: string }) => p.title),
      ["Linen shirt"],
    )
  })

  test("links and unlinks a publishable key", async () => {
    const keys = section("Publishable API keys")
    await keys.getByLabel("Link a publishable key").selectOption({ label: "Web key" })
    await keys.getByRole("button", { name: "Link", exact: true }).click()
    await keys.getByRole("status").filter({ hasText: "Web key linked to Web shop." }).waitFor()
    await keys.getByRole("listitem").filter({ hasText: key.token }).waitFor()
    assert.deepEqual(await linked(`/admin/sales-channels?publishable_key_id=${key.id}`), ["Web shop"])

    await keys.getByRole("button", { name: "Unlink Web key from Web shop" }).click()
    await keys.getByRole("status").filter({ hasText: "Web key unlinked from Web shop." }).waitFor()
    await keys.getByRole("listitem").filter({ hasText: key.token }).waitFor({ state: "detached" })
    assert.deepEqual(await linked(`/admin/sales-channels?publishable_key_id=${key.id}`), [])
    const read = await s.request("GET", `/admin/api-keys/${key.id}?fields=id,*sales_channels`)
    assert.deepEqual(read.body.api_key.sales_channels, [])

    // linked again for the storefront check below
    await keys.getByLabel("Link a publishable key").selectOption({ label: "Web key" })
    await keys.getByRole("button", { name: "Link", exact: true }).click()
    await keys.getByRole("button", { name: "Unlink Web key from Web shop" }).waitFor()
  })

  test("links and unlinks stock locations: the available quantities follow", async () => {
    const locations = section("Stock locations")
    const link = async (name: string) => {
      await locations.getByLabel("Link a stock location").selectOption({ label: name })
      await locations.getByRole("button", { name: "Link", exact: true }).click()
      await locations
        .getByRole("status")
        .filter({ hasText: `${name} linked to Web shop.` })
        .waitFor()
    }
    await link("Copenhagen")
    await locations.getByRole("listitem").filter({ hasText: "Copenhagen, DK" }).waitFor()
    await expectAvailable("Linen shirt", "13", ["S: 10", "M: 3"])
    await link("Aarhus")
    await expectAvailable("Linen shirt", "17", ["S: 14", "M: 3"])
    assert.deepEqual(await linked(`/admin/sales-channels?location_id=${aarhus}`), ["Web shop"])

    await locations.getByRole("button", { name: "Unlink Aarhus from Web shop" }).click()
    await locations.getByRole("status").filter({ hasText: "Aarhus unlinked from Web shop." }).waitFor()
    await expectAvailable("Linen shirt", "13", ["S: 10", "M: 3"])
    assert.deepEqual(await linked(`/admin/sales-channels?location_id=${aarhus}`), [])
    assert.deepEqual(await linked(`/admin/sales-channels?location_id=${copenhagen}`), ["Web shop"])
  })

  test("stock changes show after a refresh: a new stocked quantity, then an order's reservation; the storefront agrees", async () => {
    await setStock(s, shirt.variants.S!.item, copenhagen, 6)
    await page.getByRole("button", { name: "Refresh" }).click()
    await expectAvailable("Linen shirt", "9", ["S: 6", "M: 3"])
    assert.equal(await storeQuantity(s, key.token, shirt.id, shirt.variants.S!.id), 6)

    await placeOrder(s, key.token, shirt.variants.S!.id, 2) // reserves 2 at Copenhagen
    await page.getByRole("button", { name: "Refresh" }).click()
    await expectAvailable("Linen shirt", "7", ["S: 4", "M: 3"])
    assert.equal(await storeQuantity(s, key.token, shirt.id, shirt.variants.S!.id), 4)
    assert.equal(await storeQuantity(s, key.token, shirt.id, shirt.variants.M!.id), 3)

    // stock at a location the channel does not use changes nothing here
    await setStock(s, shirt.variants.S!.item, aarhus, 40)
    await page.reload()
    await expectAvailable("Linen shirt", "7", ["S: 4", "M: 3"])
  })

  test("no page errors or console errors", () => {
    assert.deepEqual(browser.errors, [])
  })
})
