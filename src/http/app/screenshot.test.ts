import assert from "node:assert/strict"
import { mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { testServer, type TestServer } from "../../test-support/http.js"
import { ensureAdminPageBuilt } from "./test-support/build-once.js"
import { launchBrowser, signIn, type TestBrowser } from "./test-support/browser.js"
import { createChannel, createKey, createLocation, createProduct, setStock } from "./test-support/shop.js"
import type { Page } from "playwright-core"

const OUT = fileURLToPath(new URL("../../../test-results/", import.meta.url))
const VIEWPORT = { width: 1280, height: 900 }

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk header). */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature")
  assert.equal(png.subarray(12, 16).toString("ascii"), "IHDR")
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe("admin page in Chromium: screenshot of a channel page", () => {
  let s: TestServer
  let browser: TestBrowser
  let channel: string

  before(async () => {
    await ensureAdminPageBuilt()
    ;[s, browser] = await Promise.all([testServer(), launchBrowser(VIEWPORT)])
    channel = await createChannel(s, "Nordic web shop", "Online store for Denmark and Sweden")
    const copenhagen = await createLocation(s, "Copenhagen warehouse", "Copenhagen")
    const malmo = await createLocation(s, "Malmö store", "Malmö", "se")
    await createLocation(s, "Returns depot")
    for (const location of [copenhagen, malmo]) {
      await s.request("POST", `/admin/stock-locations/${location}/sales-channels`, { body: { add: [channel] } })
    }
    const key = await createKey(s, "Storefront")
    await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { body: { add: [channel] } })
    await createKey(s, "Mobile app")
    const shirt = await createProduct(s, "Linen shirt", ["S", "M", "L"], [channel])
    const scarf = await createProduct(s, "Wool scarf", ["One size"], [channel])
    const mug = await createProduct(s, "Stoneware mug", ["Blue", "Sand"], [channel])
    await createProduct(s, "Canvas tote", ["One size"], [channel])
    await setStock(s, shirt.variants.S!.item, copenhagen, 12)
    await setStock(s, shirt.variants.M!.item, copenhagen, 30)
    await setStock(s, shirt.variants.M!.item, malmo, 8)
    await setStock(s, shirt.variants.L!.item, malmo, 4)
    await setStock(s, scarf.variants["One size"]!.item, malmo, 15)
    await setStock(s, mug.variants.Blue!.item, copenhagen, 48)
  })
  after(async () => {
    await browser?.close()
    await s?.close()
  })

  /** Waits for the channel page's product availability and stock locations to show. */
  async function pageRendered(page: Page) {
    await page
      .getByRole("row")
      .filter({ hasText: "Linen shirt" })
      .locator("[data-testid=available]", { hasText: /^54$/ })
      .waitFor()
    await page.getByRole("region", { name: "Stock locations" }).getByText("Malmö store").waitFor()
  }

  test("the channel page renders its products, keys and locations: a full-viewport PNG", async () => {
    const page = await browser.page()
    await signIn(page, s, `/app/channels/${channel}`)
    await page.getByRole("heading", { level: 1, name: /Nordic web shop/ }).waitFor()
    await pageRendered(page)
    await page.getByRole("region", { name: "Publishable API keys" }).getByText("Storefront").waitFor()
    await page.getByRole("list", { name: "Add products" }).getByRole("listitem").first().waitFor()
    await page.evaluate("document.fonts.ready")

    mkdirSync(OUT, { recursive: true })
    const path = join(OUT, "admin-channel-page.png")
    await page.screenshot({ path, animations: "disabled" })
    const png = readFileSync(path)
    assert.deepEqual(pngSize(png), VIEWPORT)
    assert.ok(png.length > 30_000, `a page with content, not a blank one (${png.length} bytes)`)
    // the layout: products beside the side column, nothing wider than the viewport
    const products = await page.getByRole("region", { name: "Products" }).boundingBox()
    const side = await page.getByRole("region", { name: "Publishable API keys" }).boundingBox()
    assert.ok(products && side && side.x > products.x + products.width, "the side column stands right of the products")
    assert.equal(await page.evaluate("document.documentElement.scrollWidth"), VIEWPORT.width)
    assert.deepEqual(browser.errors, [])
  })

  test("on a phone-sized viewport the columns stack and nothing overflows sideways", async () => {
    const page = await browser.page()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${s.url}/app/channels/${channel}`) // signed in by the test above (same profile)
    await pageRendered(page)
    const path = join(OUT, "admin-channel-page-narrow.png")
    await page.screenshot({ path, fullPage: true })
    assert.equal(pngSize(readFileSync(path)).width, 390)
    const products = await page.getByRole("region", { name: "Products" }).boundingBox()
    const keys = await page.getByRole("region", { name: "Publishable API keys" }).boundingBox()
    assert.ok(products && keys && keys.y > products.y + products.height, "the keys come below the products")
    assert.equal(await page.evaluate("document.documentElement.scrollWidth"), 390)
  })
})
