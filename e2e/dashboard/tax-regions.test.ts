/**
 * Medusa's dashboard (2.21.2) Tax Regions pages and forms against salesgraph, in Chromium: the
 * list, a country created through the dashboard's form (country, provider, default rate), its
 * detail page, a province created under it, each change checked through the admin API.
 *   npm run e2e -- e2e/dashboard/tax-regions.test.ts
 */
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Browser, Page } from "playwright-core"
import { launchChromium, sameOriginPage } from "../support/browser.js"
import { eventually, submitModal } from "../support/dashboard-forms.js"
import { waitingOnOtherIssues } from "../support/dashboard-pages.js"
import { dashboardSession } from "../support/dashboard-session.js"
import { DEMO_ADMIN, startDemoShop, type DemoShop } from "../support/dashboard-shop.js"
import { salesgraph } from "../support/salesgraph-process.js"

describe("Medusa's dashboard: tax regions", { timeout: 30 * 60_000 }, () => {
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

  /** Picks `option` in the n-th combobox of the open form, typing to filter it. */
  async function choose(n: number, typed: string, option: string) {
    const box = page.getByRole("combobox").nth(n)
    await box.click()
    await box.fill(typed)
    await page.getByRole("option", { name: option }).first().click()
  }

  function assertNoFailures() {
    const failed = session.failures.take().filter((f) => !waitingOnOtherIssues("", f.url))
    assert.deepEqual(failed, [])
  }

  test("the list page, then a country with its default rate made through the create form", async () => {
    const list = await session.visit("/settings/tax-regions")
    assert.deepEqual(list.failed, [])
    assert.equal(list.error, undefined)

    await page.goto(`${shop.server.url}/dashboard/settings/tax-regions/create`)
    await choose(0, "Iceland", "Iceland")
    await choose(1, "System", "System")
    await page.locator('input[name="name"]').fill("Iceland VAT")
    await page.locator('input[name="rate"]').fill("24")
    await page.locator('input[name="code"]').fill("IS-VAT")
    await submitModal(page)
    const read = async () =>
      (await shop.api.get("/admin/tax-regions?country_code=is&fields=id,provider_id,tax_rates.*")).tax_regions.map(
        (r: any) => [r.provider_id, r.tax_rates.map((t: any) => [t.name, t.code, t.rate, t.is_default])],
      )
    assert.deepEqual(await eventually(read, [["tp_system", [["Iceland VAT", "IS-VAT", 24, true]]]]), [
      ["tp_system", [["Iceland VAT", "IS-VAT", 24, true]]],
    ])
    assertNoFailures()
  })

  test("the country's page, and a province made through its form", async () => {
    const region = (await shop.api.get("/admin/tax-regions?country_code=is&province_code=null&fields=id"))
      .tax_regions[0]
    const detail = await session.visit(`/settings/tax-regions/${region.id}`)
    assert.deepEqual(detail.failed, [])
    assert.equal(detail.error, undefined)

    await page.goto(`${shop.server.url}/dashboard/settings/tax-regions/${region.id}/provinces/create`)
    // Iceland has no province list in the dashboard: the province code is typed
    await page.locator('input[name="province_code"]').fill("IS-1")
    await page.locator('input[name="name"]').fill("Capital rate")
    await page.locator('input[name="rate"]').fill("10")
    await page.locator('input[name="code"]').fill("IS-1")
    await submitModal(page)
    const provinces = async () =>
      (
        await shop.api.get(`/admin/tax-regions?parent_id=${region.id}&fields=province_code,tax_rates.rate`)
      ).tax_regions.map((r: any) => [r.province_code, r.tax_rates.map((t: any) => t.rate)])
    assert.deepEqual(await eventually(provinces, [["is-1", [10]]]), [["is-1", [10]]])
    assertNoFailures()
  })
})
