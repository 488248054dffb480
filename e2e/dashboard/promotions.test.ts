/**
 * Medusa's dashboard (2.21.2, unchanged) on its Promotions and Campaigns pages against
 * salesgraph: the lists, the detail pages and the create forms open with no failed request and no
 * error shown; a campaign and a promotion made through the dashboard's forms are read back through
 * the admin API.
 *   npm run e2e -- e2e/dashboard/promotions.test.ts
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

describe("Medusa's dashboard: promotions and campaigns", { timeout: 30 * 60_000 }, () => {
  let shop: DemoShop
  let browser: Browser
  let page: Page
  let session: ReturnType<typeof dashboardSession>
  let ids: { promotion: string; campaign: string }

  before(async () => {
    await salesgraph(["dashboard", "--build-only"])
    shop = await startDemoShop()
    browser = await launchChromium()
    page = await sameOriginPage(browser, shop.server.url)
    page.setDefaultTimeout(60_000)
    session = dashboardSession(page, shop.server.url)
    const stamp = Date.now()
    const { promotion } = await shop.api.post("/admin/promotions", {
      code: `E2E${stamp}`,
      type: "standard",
      status: "active",
      campaign: {
        name: `E2E campaign ${stamp}`,
        campaign_identifier: `e2e-${stamp}`,
        budget: { type: "usage", limit: 10 },
      },
      application_method: { type: "percentage", target_type: "items", allocation: "each", value: 10 },
      rules: [{ attribute: "currency_code", operator: "in", values: ["usd"] }],
    })
    ids = { promotion: promotion.id, campaign: promotion.campaign.id }
  })
  after(async () => {
    await browser?.close()
    await shop?.server.stop()
  })

  test("the pages open with no failed request and no error shown", async () => {
    await session.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password)
    const problems: string[] = []
    for (const path of [
      "/promotions",
      `/promotions/${ids.promotion}`,
      "/promotions/create",
      "/campaigns",
      `/campaigns/${ids.campaign}`,
      "/campaigns/create",
    ]) {
      const visit = await session.visit(path)
      const failed = visit.failed.filter((f) => !waitingOnOtherIssues(path, f.url))
      if (visit.error && failed.length) problems.push(`${path}: shows "${visit.error}"`)
      for (const f of failed) problems.push(`${path}: ${f.status} ${f.method} ${f.url.replace(shop.server.url, "")}`)
    }
    assert.deepEqual(problems, [])
  })

  test("a campaign made with the dashboard's create form", async () => {
    const identifier = `e2e-form-${Date.now()}`
    await page.goto(`${shop.server.url}/dashboard/campaigns/create`)
    await page.locator('input[name="name"]').fill("Made by the dashboard")
    await page.locator('input[name="campaign_identifier"]').fill(identifier)
    await submitModal(page)
    const count = await eventually(
      async () => (await shop.api.get(`/admin/campaigns?campaign_identifier=${identifier}`)).count,
      1,
    )
    assert.equal(count, 1)
  })

  /** The create wizard: a template, then Active, the code and `details`, no campaign, saved; the promotion as the API reads it. */
  async function createWithWizard(template: string, code: string, details: () => Promise<void>) {
    await page.goto(`${shop.server.url}/dashboard/promotions/create`)
    await page.getByRole("radio", { name: template }).click()
    await page.getByRole("button", { name: "Continue" }).click()
    await page.getByRole("radio", { name: "Active" }).click()
    await page.locator('input[name="code"]').fill(code)
    await details()
    await page.getByRole("button", { name: "Continue" }).click()
    await page.getByRole("radio", { name: "Without Campaign" }).waitFor()
    await submitModal(page)
    const read = async () => (await shop.api.get(`/admin/promotions?code=${code}`)).promotions
    assert.equal(await eventually(async () => (await read()).length, 1), 1)
    return (await read())[0]
  }

  test("a promotion made with the dashboard's create wizard: percentage off products, by code, active", async () => {
    const code = `FORM${Date.now()}`
    const p = await createWithWizard("Percentage off product", code, () =>
      page.locator('input[name="application_method.value"]').fill("15"),
    )
    assert.deepEqual(
      [p.code, p.type, p.status, p.is_automatic, p.campaign_id],
      [code, "standard", "active", false, null],
    )
    const m = p.application_method
    assert.deepEqual(
      [m.type, m.target_type, m.allocation, m.value, m.max_quantity, m.currency_code],
      ["percentage", "items", "each", 15, 1, null],
    )
  })

  test("an amount-off-order promotion made with the wizard: its currency chosen in the form's currency rule", async () => {
    const p = await createWithWizard("Amount off order", `ORDER${Date.now()}`, async () => {
      // the required, disguised currency rule the form read from GET /admin/promotions/null/rules
      await page.getByPlaceholder("Select Value").first().click()
      await page
        .getByRole("option", { name: /US Dollar/ })
        .first()
        .click()
      await page.locator('input[name="application_method.value"]:not([disabled])').fill("5")
    })
    const m = p.application_method
    assert.deepEqual(
      [p.status, m.type, m.target_type, m.allocation, m.value, m.currency_code],
      ["active", "fixed", "order", "across", 5, "usd"],
    )
    assert.deepEqual(p.rules, [])
  })
})
