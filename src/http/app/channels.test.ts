import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { ADMIN, testServer, type TestServer } from "../../test-support/http.js"
import { ensureAdminPageBuilt } from "./test-support/build-once.js"
import { launchBrowser, signIn, type TestBrowser } from "./test-support/browser.js"
import { createChannel } from "./test-support/shop.js"

describe("admin page in Chromium: sign-in and the channel list", () => {
  let s: TestServer
  let browser: TestBrowser
  before(async () => {
    await ensureAdminPageBuilt()
    ;[s, browser] = await Promise.all([testServer(), launchBrowser()])
  })
  after(async () => {
    await browser?.close()
    await s?.close()
  })

  test("a wrong password shows the server's error and keeps the form; the right one opens the channels", async () => {
    const page = await browser.page()
    await page.goto(`${s.url}/app/`)
    assert.equal(await page.title(), "salesgraph admin")
    await page.getByLabel("Email").fill(ADMIN.email)
    await page.getByLabel("Password").fill("wrong password")
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.getByRole("alert").filter({ hasText: "Invalid email or password" }).waitFor()
    assert.equal(await page.getByLabel("Email").inputValue(), ADMIN.email)
    assert.equal(await page.getByRole("heading", { name: "Sales channels" }).count(), 0)

    await page.getByLabel("Password").fill(ADMIN.password)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.getByRole("heading", { level: 1, name: "Sales channels" }).waitFor()
    await page.getByText(ADMIN.email).waitFor()
    assert.equal(await page.title(), "Sales channels · salesgraph admin")
    // the token survives a reload
    await page.reload()
    await page.getByRole("heading", { level: 1, name: "Sales channels" }).waitFor()
    await page.close()
  })

  test("lists the channels with their status; a search narrows the list", async () => {
    await createChannel(s, "Wholesale", "B2B orders")
    const pos = await createChannel(s, "Point of sale")
    await s.request("POST", `/admin/sales-channels/${pos}`, { body: { is_disabled: true } })
    const page = await browser.page()
    await page.goto(`${s.url}/app/`) // signed in already: same profile
    const table = page.getByRole("table", { name: "All channels" })
    await table.getByRole("link", { name: "Point of sale" }).waitFor()
    const rows = table.getByRole("row")
    assert.deepEqual(await rows.locator("th[scope=row]").allInnerTexts(), [
      "Default Sales Channel",
      "Point of sale",
      "Wholesale",
    ])
    const posRow = rows.filter({ has: page.getByRole("link", { name: "Point of sale" }) })
    assert.match(await posRow.innerText(), /Disabled/)
    assert.match(await rows.filter({ hasText: "Wholesale" }).innerText(), /B2B orders\s+Enabled/)

    await page.getByRole("searchbox", { name: "Search channels" }).fill("whole")
    await table.getByRole("link", { name: "Point of sale" }).waitFor({ state: "detached" })
    assert.deepEqual(await rows.locator("th[scope=row]").allInnerTexts(), ["Wholesale"])
    await page.getByRole("searchbox", { name: "Search channels" }).fill("nothing like it")
    await table.getByText("No channel matches “nothing like it”.").waitFor()
    await page.close()
  })

  test("creates a channel: it is listed, announced, and saved on the server", async () => {
    const page = await browser.page()
    await page.goto(`${s.url}/app/`)
    await page.getByRole("heading", { level: 1, name: "Sales channels" }).waitFor()
    const create = page.getByRole("button", { name: "Create channel" })
    assert.equal(await create.isDisabled(), true) // the name is required
    await page.getByLabel("Name", { exact: true }).fill("Marketplace")
    await page.getByLabel("Description").fill("Sold through partners")
    await create.click()
    await page.getByRole("status").filter({ hasText: "Sales channel “Marketplace” created." }).waitFor()
    await page.getByRole("table", { name: "All channels" }).getByRole("link", { name: "Marketplace" }).waitFor()
    assert.equal(await page.getByLabel("Name", { exact: true }).inputValue(), "") // the form is cleared

    const saved = await s.request("GET", "/admin/sales-channels?name=Marketplace")
    assert.equal(saved.body.count, 1)
    assert.equal(saved.body.sales_channels[0].description, "Sold through partners")

    // the link opens the channel page in place (client routing), and Back returns
    await page.getByRole("link", { name: "Marketplace" }).click()
    await page.getByRole("heading", { level: 1, name: /Marketplace/ }).waitFor()
    assert.equal(new URL(page.url()).pathname, `/app/channels/${saved.body.sales_channels[0].id}`)
    await page.goBack()
    await page.getByRole("heading", { level: 1, name: "Sales channels" }).waitFor()
    await page.close()
  })

  test("an unknown channel id shows a not-found page; signing out returns to the form", async () => {
    const page = await browser.page()
    await page.goto(`${s.url}/app/channels/sc_nope`)
    await page.getByText("This sales channel does not exist.").waitFor()
    await page.getByRole("button", { name: "Sign out" }).click()
    await page.getByRole("heading", { name: "Sign in" }).waitFor()
    await page.close()
  })

  test("an expired token sends the admin back to the sign-in form", async () => {
    const page = await browser.page()
    await signIn(page, s)
    await page.evaluate(`localStorage.setItem("salesgraph.admin.token", "not-a-token")`)
    await page.reload()
    await page.getByRole("heading", { name: "Sign in" }).waitFor()
    await page.close()
  })

  test("no page errors or console errors", () => {
    // Chromium logs the answers the tests asked for as failed loads: the wrong password, the bad
    // token, the unknown channel
    const expected = [
      /status of 401 .*\/auth\/user\/emailpass\)$/,
      /status of 401 .*\/admin\//,
      /status of 404 .*\/admin\/sales-channels\/sc_nope\?/,
    ]
    const unexpected = browser.errors.filter((e) => !expected.some((pattern) => pattern.test(e)))
    assert.deepEqual(unexpected, [])
  })
})
