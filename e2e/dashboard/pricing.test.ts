/**
 * Medusa's dashboard (2.21.2, unchanged) on salesgraph: the Customer Groups and Price Lists pages
 * (lists, details, a customer's page with its groups) with no failed request and no error shown,
 * and their create forms — a customer group made and given a customer, a price list made for a
 * product through the three-step form — each change checked through the admin API.
 *   npm run e2e -- e2e/dashboard/pricing.test.ts
 */
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Browser, Page } from "playwright-core"
import { launchChromium, sameOriginPage } from "../support/browser.js"
import { eventually, submitModal, tickRow } from "../support/dashboard-forms.js"
import { dashboardSession } from "../support/dashboard-session.js"
import { DEMO_ADMIN, startDemoShop, type DemoShop } from "../support/dashboard-shop.js"
import { salesgraph } from "../support/salesgraph-process.js"

describe("Medusa's dashboard on salesgraph: customer groups and price lists", { timeout: 30 * 60_000 }, () => {
  let shop: DemoShop
  let browser: Browser
  let page: Page
  let session: ReturnType<typeof dashboardSession>

  before(async () => {
    await salesgraph(["dashboard", "--build-only"])
    shop = await startDemoShop()
    browser = await launchChromium()
    page = await sameOriginPage(browser, shop.server.url)
    page.setDefaultTimeout(60_000)
    session = dashboardSession(page, shop.server.url)
    await session.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password)
  })
  after(async () => {
    await browser?.close()
    await shop?.server.stop()
  })

  async function walk(paths: string[]) {
    const problems: string[] = []
    for (const path of paths) {
      const visit = await session.visit(path)
      if (visit.error) problems.push(`${path}: shows "${visit.error}"`)
      for (const f of visit.failed)
        problems.push(`${path}: ${f.status} ${f.method} ${f.url.replace(shop.server.url, "")}`)
    }
    assert.deepEqual(problems, [])
  }

  async function noFailures() {
    assert.deepEqual(session.failures.take(), [])
    assert.equal(await session.shownError(), undefined)
  }

  test("a customer group: created with the form, given a customer, its pages and the customer's", async () => {
    const { api } = shop
    const name = `E2E group ${Date.now()}`
    await walk(["/customer-groups", "/customers"])
    session.failures.take()
    await page.goto(`${shop.server.url}/dashboard/customer-groups/create`)
    await page.locator('input[name="name"]').fill(name)
    await submitModal(page)
    const { customer_groups } = await api.get(`/admin/customer-groups?name=${encodeURIComponent(name)}`)
    assert.equal(customer_groups.length, 1)
    const group = customer_groups[0].id

    const { customers } = await api.get("/admin/customers?limit=1&order=email&fields=id,email")
    await page.goto(`${shop.server.url}/dashboard/customer-groups/${group}/add-customers`)
    await tickRow(page, customers[0].email)
    await submitModal(page)
    const members = async () =>
      (await api.get(`/admin/customers?groups=${group}&fields=id`)).customers.map((c: { id: string }) => c.id)
    assert.deepEqual(await eventually(members, [customers[0].id]), [customers[0].id])
    await noFailures()
    await walk([`/customer-groups/${group}`, `/customers/${customers[0].id}`])
  })

  test("a price list: created with the three-step form for a product, then its pages", async () => {
    const { api } = shop
    const title = `E2E list ${Date.now()}`
    await walk(["/price-lists"])
    session.failures.take()
    await page.goto(`${shop.server.url}/dashboard/price-lists/create`)
    await page.locator('input[name="title"]').fill(title)
    await page.locator('textarea[name="description"]').fill("Made by the dashboard end-to-end test")
    await page.getByRole("button", { name: "Continue" }).click()
    // the first product that has variants (the form lets only those be picked)
    const selectable = page.locator('tbody tr button[role="checkbox"]:not([disabled])').first()
    await selectable.click()
    await page.getByRole("button", { name: "Continue" }).click()
    await session.settle()
    await submitModal(page)
    const { price_lists } = await api.get(`/admin/price-lists?q=${encodeURIComponent(title)}`)
    assert.equal(price_lists.length, 1)
    assert.deepEqual([price_lists[0].status, price_lists[0].type], ["active", "sale"])
    await noFailures()
    await walk([`/price-lists/${price_lists[0].id}`])
  })
})
