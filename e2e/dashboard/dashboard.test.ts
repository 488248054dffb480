/**
 * Medusa's own admin dashboard (@medusajs/dashboard 2.21.2, unchanged) against salesgraph, in
 * Chromium: sign in, every page of the main and settings menus and the detail pages of each kind
 * of record with no failed request and no error shown, then a sales channel made and wired to
 * products, a publishable key and a stock location through the dashboard's own forms, each change
 * checked through the admin API.
 *   node --import tsx --test e2e/dashboard/dashboard.test.ts
 */
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Browser, Page } from "playwright-core"
import { launchChromium, sameOriginPage } from "../support/browser.js"
import { eventually, submitModal, tickRow } from "../support/dashboard-forms.js"
import { MAIN_MENU, SETTINGS_MENU, waitingOnOtherIssues } from "../support/dashboard-pages.js"
import { dashboardSession } from "../support/dashboard-session.js"
import { DEMO_ADMIN, detailPages, startDemoShop, type DemoShop } from "../support/dashboard-shop.js"
import { salesgraph } from "../support/salesgraph-process.js"

describe("Medusa's dashboard on salesgraph", { timeout: 30 * 60_000 }, () => {
  let shop: DemoShop
  let browser: Browser
  let page: Page
  let session: ReturnType<typeof dashboardSession>

  before(async () => {
    // through the documented command: a no-op when the build is up to date
    await salesgraph(["dashboard", "--build-only"])
    shop = await startDemoShop()
    browser = await launchChromium()
    page = await sameOriginPage(browser, shop.server.url)
    page.setDefaultTimeout(60_000)
    session = dashboardSession(page, shop.server.url)
  })
  after(async () => {
    await browser?.close()
    await shop?.server.stop()
  })

  /** Opens each page and asserts no failed request (but those waiting on other issues) and no error shown. */
  async function walk(paths: string[]) {
    const problems: string[] = []
    for (const path of paths) {
      const visit = await session.visit(path)
      const failed = visit.failed.filter((f) => !waitingOnOtherIssues(path, f.url))
      // an error the page shows because a request waiting on another issue failed is that issue's
      const onlyWaiting = visit.failed.length > 0 && failed.length === 0
      if (visit.error && !onlyWaiting) problems.push(`${path}: shows "${visit.error}"`)
      if (visit.error && onlyWaiting)
        console.log(
          `# ${path} shows "${visit.error}": waits on ${visit.failed.map((f) => f.url.replace(shop.server.url, "")).join(", ")}`,
        )
      for (const f of failed) problems.push(`${path}: ${f.status} ${f.method} ${f.url.replace(shop.server.url, "")}`)
    }
    assert.deepEqual(problems, [])
  }

  test("sign in with email and password", async () => {
    await session.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password)
    assert.doesNotMatch(page.url(), /\/login/)
    assert.deepEqual(session.failures.take(), [])
  })

  test("every page of the main menu", () => walk(MAIN_MENU))

  test("the detail pages of a product, an order, a customer, an inventory item, a channel, a key, a location, a region", async () =>
    walk(await detailPages(shop)))

  test("every page of the settings menu", () => walk(SETTINGS_MENU))

  test("a sales channel: created, given products, one removed, added to a publishable key and a stock location", async () => {
    const { api } = shop
    const name = `E2E channel ${Date.now()}`
    session.failures.take()

    await page.goto(`${shop.server.url}/dashboard/settings/sales-channels/create`)
    await page.locator('input[name="name"]').fill(name)
    await page.locator('textarea[name="description"]').fill("Made by the dashboard end-to-end test")
    await submitModal(page)
    const { sales_channels } = await api.get(`/admin/sales-channels?name=${encodeURIComponent(name)}`)
    assert.equal(sales_channels.length, 1)
    const channel = sales_channels[0].id
    assert.equal(sales_channels[0].is_disabled, false)

    // three products through "Add products"
    const { products } = await api.get("/admin/products?limit=3&order=title&fields=id,title")
    await page.goto(`${shop.server.url}/dashboard/settings/sales-channels/${channel}/add-products`)
    for (const p of products) await tickRow(page, p.title)
    await submitModal(page)
    const linked = async () =>
      (await api.get(`/admin/products?sales_channel_id[]=${channel}&fields=id&limit=50`)).products
        .map((p: { id: string }) => p.id)
        .sort()
    assert.deepEqual(await linked(), products.map((p: { id: string }) => p.id).sort())

    // remove the first: tick it in the channel's product table, the command bar's Remove, confirm
    await page.goto(`${shop.server.url}/dashboard/settings/sales-channels/${channel}`)
    await tickRow(page, products[0].title)
    await page.getByRole("button", { name: "Remove" }).click()
    await page.getByRole("button", { name: "Delete" }).click()
    const rest = products
      .slice(1)
      .map((p: { id: string }) => p.id)
      .sort()
    assert.deepEqual(await eventually(linked, rest), rest)

    // the Web shop key and the Main warehouse get it through their "sales channels" forms
    const { api_keys } = await api.get("/admin/api-keys?type=publishable&limit=50&fields=id,title")
    const key = api_keys.find((k: { title: string }) => k.title === "Web shop key").id
    await page.goto(`${shop.server.url}/dashboard/settings/publishable-api-keys/${key}/sales-channels`)
    await tickRow(page, name)
    await submitModal(page)
    const keyChannels = (await api.get(`/admin/api-keys/${key}?fields=sales_channels.id`)).api_key.sales_channels.map(
      (c: { id: string }) => c.id,
    )
    assert.ok(keyChannels.includes(channel), JSON.stringify(keyChannels))

    const { stock_locations } = await api.get("/admin/stock-locations?limit=50&fields=id,name")
    const location = stock_locations.find((l: { name: string }) => l.name === "Main warehouse").id
    await page.goto(`${shop.server.url}/dashboard/settings/locations/${location}/sales-channels`)
    await tickRow(page, name)
    await submitModal(page)
    const locationChannels = (
      await api.get(`/admin/stock-locations/${location}?fields=sales_channels.id`)
    ).stock_location.sales_channels.map((c: { id: string }) => c.id)
    assert.ok(locationChannels.includes(channel), JSON.stringify(locationChannels))

    const failed = session.failures.take().filter((f) => !waitingOnOtherIssues("", f.url))
    assert.deepEqual(failed, [])
    assert.equal(await session.shownError(), undefined)
  })
})
