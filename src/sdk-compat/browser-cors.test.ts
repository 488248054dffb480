import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { Page } from "playwright-core"
import { launchBrowser, type TestBrowser } from "../http/app/test-support/browser.js"
import { ADMIN, testServer, type TestServer } from "../test-support/http.js"
import { adminSdk } from "./test-support/harness.js"
import { startStorefrontOrigin, type StorefrontOrigin } from "./test-support/storefront-origin.js"
import { createMugVariant } from "./test-support/sdk-fixtures.js"

/** What `window.attempt(promise)` in the page returns. */
type Attempt =
  { ok: true; value: any } | { ok: false; fetchError: boolean; name: string; message: string; status?: number }

/**
 * The SDK in Chromium on another origin than the API: every call is a real cross-origin
 * request, so the browser enforces the preflight (custom headers, DELETE, credentials) and
 * the cookie rules that Node's fetch ignores.
 */
describe("JS SDK in a browser on another origin: CORS preflights and session cookies", () => {
  let s: TestServer, front: StorefrontOrigin, browser: TestBrowser, page: Page, regionId: string, variantId: string

  before(async () => {
    ;[s, front, browser] = await Promise.all([testServer(), startStorefrontOrigin(), launchBrowser()])
    const admin = await adminSdk(s)
    regionId = (await admin.admin.region.create({ name: "US", currency_code: "usd", countries: ["us"] })).region.id
    variantId = await createMugVariant(admin, s.defaults.default_sales_channel_id, 8)
    page = await browser.page()
    await page.goto(front.url)
    await page.waitForFunction(() => (globalThis as any).document.title === "storefront ready")
  })
  after(async () => {
    await browser?.close()
    await front?.close()
    await s?.close()
  })

  /** runs `fn` in the page (its body is sent as source: only browser globals and `args` inside) */
  const run = <T, A>(fn: (args: A) => Promise<T>, args: A): Promise<T> =>
    page.evaluate(fn as (args: unknown) => Promise<T>, args)

  test("storefront: store calls with x-publishable-api-key pass the preflight, DELETE included; errors stay readable", async () => {
    const result = await run(
      async ({ api, key, regionId, variantId }) => {
        const g = globalThis as any
        const sdk = new g.Medusa({ baseUrl: api, publishableKey: key })
        const list: Attempt = await g.attempt(
          sdk.store.product.list({ fields: "id,title,+variants.inventory_quantity" }),
        )
        const created: Attempt = await g.attempt(sdk.store.cart.create({ region_id: regionId }))
        const cartId = created.ok ? created.value.cart.id : ""
        const added: Attempt = await g.attempt(
          sdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity: 2 }),
        )
        const lineId = added.ok ? added.value.cart.items[0].id : ""
        const updated: Attempt = await g.attempt(sdk.store.cart.updateLineItem(cartId, lineId, { quantity: 3 }))
        const removed: Attempt = await g.attempt(sdk.store.cart.deleteLineItem(cartId, lineId))
        const noKey: Attempt = await g.attempt(new g.Medusa({ baseUrl: api }).store.product.list())
        const missing: Attempt = await g.attempt(sdk.store.cart.retrieve("cart_nope"))
        return { list, created, added, updated, removed, noKey, missing }
      },
      { api: s.url, key: s.publishableKey, regionId, variantId },
    )
    assert.ok(result.list.ok, JSON.stringify(result.list))
    assert.deepEqual(
      result.list.value.products.map((p: { title: string }) => p.title),
      ["Mug"],
    )
    assert.ok(result.created.ok, JSON.stringify(result.created))
    assert.ok(result.added.ok, JSON.stringify(result.added))
    assert.ok(result.updated.ok, JSON.stringify(result.updated))
    assert.equal(result.updated.value.cart.items[0].quantity, 3)
    assert.ok(result.removed.ok, `DELETE from another origin: ${JSON.stringify(result.removed)}`)
    assert.deepEqual([result.removed.value.object, result.removed.value.deleted], ["line-item", true])
    // a 4xx carries the CORS headers too, so the app gets Medusa's message, not a network error
    assert.deepEqual(result.noKey, {
      ok: false,
      fetchError: true,
      name: "Error",
      message:
        "Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard.",
      status: 400,
    })
    assert.deepEqual(result.missing, {
      ok: false,
      fetchError: true,
      name: "Error",
      message: "Cart with id 'cart_nope' not found",
      status: 404,
    })
    assert.deepEqual(
      browser.errors.filter((e) => !e.includes("Failed to load resource")),
      [],
    )
  })

  test("admin app in session mode: the cookie set cross-origin goes with every call (credentials: include), DELETE too; logout ends it", async () => {
    const login = await run(
      async ({ api, email, password }) => {
        const g = globalThis as any
        g.sessionSdk = new g.Medusa({ baseUrl: api, auth: { type: "session" } })
        const token: Attempt = await g.attempt(g.sessionSdk.auth.login("user", "emailpass", { email, password }))
        const me: Attempt = await g.attempt(g.sessionSdk.admin.user.me())
        return { token, me, stored: g.localStorage.getItem("medusa_auth_token") }
      },
      { api: s.url, ...ADMIN },
    )
    assert.ok(login.token.ok, JSON.stringify(login.token))
    assert.equal(login.stored, null, "session mode keeps no token in the page")
    assert.ok(login.me.ok, `the session cookie was not sent: ${JSON.stringify(login.me)}`)
    assert.equal(login.me.value.user.email, ADMIN.email)
    const cookies = await browser.context.cookies(s.url)
    assert.equal(cookies.length, 1)
    assert.equal(cookies[0].httpOnly, true, "the page's scripts cannot read the session")

    const work = await run(async () => {
      const g = globalThis as any
      const created: Attempt = await g.attempt(g.sessionSdk.admin.salesChannel.create({ name: "From the browser" }))
      const id = created.ok ? created.value.sales_channel.id : "sc_none"
      const listed: Attempt = await g.attempt(g.sessionSdk.admin.salesChannel.list({ id: [id], fields: "id,name" }))
      const deleted: Attempt = await g.attempt(g.sessionSdk.admin.salesChannel.delete(id))
      await g.sessionSdk.auth.logout()
      const afterLogout: Attempt = await g.attempt(g.sessionSdk.admin.user.me())
      return { created, listed, deleted, afterLogout }
    }, null)
    assert.ok(work.created.ok, JSON.stringify(work.created))
    assert.ok(work.listed.ok, JSON.stringify(work.listed))
    assert.deepEqual(work.listed.value.sales_channels, [
      { id: work.created.value.sales_channel.id, name: "From the browser" },
    ])
    assert.ok(work.deleted.ok, `DELETE with a cookie from another origin: ${JSON.stringify(work.deleted)}`)
    assert.equal(work.deleted.value.deleted, true)
    assert.deepEqual(work.afterLogout, {
      ok: false,
      fetchError: true,
      name: "Error",
      message: "Unauthorized",
      status: 401,
    })
    assert.deepEqual(await browser.context.cookies(s.url), [])
  })

  test("admin app in JWT mode: the token lives in localStorage and goes as a preflighted Authorization header", async () => {
    await browser.context.clearCookies()
    const result = await run(
      async ({ api, email, password }) => {
        const g = globalThis as any
        const sdk = new g.Medusa({ baseUrl: api, publishableKey: "pk_ignored_on_admin", auth: { type: "jwt" } })
        const token: Attempt = await g.attempt(sdk.auth.login("user", "emailpass", { email, password }))
        const keys: Attempt = await g.attempt(sdk.admin.apiKey.list({ type: "publishable", fields: "id,title" }))
        const wrong: Attempt = await g.attempt(
          new g.Medusa({ baseUrl: api }).auth.login("user", "emailpass", { email, password: "nope" }),
        )
        const stored = g.localStorage.getItem("medusa_auth_token")
        await sdk.auth.logout()
        return { token, keys, wrong, stored, cleared: g.localStorage.getItem("medusa_auth_token") }
      },
      { api: s.url, ...ADMIN },
    )
    assert.ok(result.token.ok, JSON.stringify(result.token))
    assert.equal(result.stored, result.token.value)
    assert.ok(result.keys.ok, JSON.stringify(result.keys))
    assert.equal(result.keys.value.api_keys.length, 1)
    assert.deepEqual(result.wrong, {
      ok: false,
      fetchError: true,
      name: "Error",
      message: "Invalid email or password",
      status: 401,
    })
    assert.equal(result.cleared, null)
    assert.deepEqual(await browser.context.cookies(s.url), [], "JWT mode never gets a cookie")
  })
})
