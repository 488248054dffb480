import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { fetchError, ids, sdkFor } from "./test-support/harness.js"
import { adminSdkSuite } from "./test-support/admin-suite.js"
import { assertFields } from "../test-support/assert-fields.js"

describe("JS SDK: sdk.admin.apiKey", () => {
  const env = adminSdkSuite()

  test("create publishable and secret keys: the raw token once, the module's row", async () => {
    const { api_key: pk } = await env.sdk.admin.apiKey.create({ title: "Storefront", type: "publishable" })
    assert.match(pk.id, /^apk_[0-9A-Z]{26}$/)
    assert.match(pk.token, /^pk_[0-9a-f]{64}$/)
    assertFields(pk, {
      title: "Storefront",
      type: "publishable",
      revoked_at: null,
      revoked_by: null,
      last_used_at: null,
    })
    const { user } = await env.sdk.admin.user.me()
    assert.equal(pk.created_by, user.id)

    const { api_key: sk } = await env.sdk.admin.apiKey.create({ title: "Backend", type: "secret" })
    assert.match(sk.token, /^sk_/)
    assert.equal(sk.redacted, `${sk.token.slice(0, 6)}***${sk.token.slice(-3)}`)

    // read back: secret tokens are never shown again; the default fields carry sales_channels
    const { api_key: readSk } = await env.sdk.admin.apiKey.retrieve(sk.id)
    assert.equal(readSk.token, "")
    assert.deepEqual(readSk.sales_channels, [])
    const { api_key: readPk } = await env.sdk.admin.apiKey.retrieve(pk.id)
    assert.equal(readPk.token, pk.token)
  })

  test("list: type, q, id arrays, order, fields", async () => {
    const { api_key: a } = await env.sdk.admin.apiKey.create({ title: "List alpha", type: "publishable" })
    const { api_key: b } = await env.sdk.admin.apiKey.create({ title: "List beta", type: "secret" })

    const secret = await env.sdk.admin.apiKey.list({ type: "secret", q: "list" })
    assert.deepEqual(ids(secret.api_keys), [b.id])
    const both = await env.sdk.admin.apiKey.list({ id: [a.id, b.id], order: "-title", fields: "id,title" })
    assert.deepEqual(both.api_keys, [
      { id: b.id, title: "List beta" },
      { id: a.id, title: "List alpha" },
    ])
    assert.equal(both.count, 2)
    const page = await env.sdk.admin.apiKey.list({ limit: 1 })
    assert.equal(page.limit, 1)
    assert.ok(page.count >= 3) // the boot key and the two above
    await fetchError(
      env.sdk.admin.apiKey.list({ type: "other" } as object),
      400,
      "Invalid request: Expected: 'publishable, secret' for field 'type', but got: 'other'",
    )
  })

  test("update the title; batchSalesChannels adds and removes channels", async () => {
    const { api_key: key } = await env.sdk.admin.apiKey.create({ title: "Before", type: "publishable" })
    const { api_key: renamed } = await env.sdk.admin.apiKey.update(key.id, { title: "After" }, { fields: "id,title" })
    assert.deepEqual(renamed, { id: key.id, title: "After" })

    const { sales_channel: web } = await env.sdk.admin.salesChannel.create({ name: "Key web" })
    const { sales_channel: app } = await env.sdk.admin.salesChannel.create({ name: "Key app" })
    const { api_key: linked } = await env.sdk.admin.apiKey.batchSalesChannels(key.id, { add: [web.id, app.id] })
    assert.deepEqual(linked.sales_channels.map((c: { id: string }) => c.id).sort(), [web.id, app.id].sort())
    assert.deepEqual(Object.keys(linked.sales_channels[0]).sort(), ["id", "name"])

    const { api_key: unlinked } = await env.sdk.admin.apiKey.batchSalesChannels(key.id, { remove: [web.id] })
    assert.deepEqual(ids(unlinked.sales_channels), [app.id])

    await fetchError(
      env.sdk.admin.apiKey.batchSalesChannels(key.id, { add: ["sc_nope", "sc_nada"] }),
      400,
      "Sales channels with IDs sc_nope, sc_nada do not exist",
    )
    const { api_key: secret } = await env.sdk.admin.apiKey.create({ title: "No channels", type: "secret" })
    await fetchError(
      env.sdk.admin.apiKey.batchSalesChannels(secret.id, { add: [web.id] }),
      400,
      "Sales channels can only be associated with publishable API keys",
    )
    assert.deepEqual(
      ids((await env.sdk.admin.apiKey.retrieve(key.id)).api_key.sales_channels),
      [app.id],
      "refused batches wrote nothing",
    )
  })

  test("revoke (a POST with no body), then delete; the storefront stops accepting the key", async () => {
    const { api_key: key } = await env.sdk.admin.apiKey.create({ title: "Short-lived", type: "publishable" })
    await env.sdk.admin.apiKey.batchSalesChannels(key.id, { add: [env.s.defaults.default_sales_channel_id] })
    const shop = sdkFor(env.s, { publishableKey: key.token })
    assert.ok(Array.isArray((await shop.store.product.list()).products))

    await fetchError(
      env.sdk.admin.apiKey.delete(key.id),
      400,
      `Cannot delete api keys that are not revoked - ${key.id}`,
    )

    const { api_key: revoked } = await env.sdk.admin.apiKey.revoke(key.id)
    const sent = env.wire.last(`/admin/api-keys/${key.id}/revoke`)
    assert.equal(sent.body, undefined, "the SDK sends no body")
    assert.equal(sent.headers["content-type"], "application/json")
    assert.ok(revoked.revoked_at && Date.parse(revoked.revoked_at) <= Date.now())
    assert.equal(revoked.revoked_by, (await env.sdk.admin.user.me()).user.id)
    assert.equal(revoked.sales_channels.length, 1)

    await fetchError(shop.store.product.list(), 400, "A valid publishable key is required to proceed with the request")

    const deleted = await env.sdk.admin.apiKey.delete(key.id)
    assert.deepEqual(deleted, { id: key.id, object: "api_key", deleted: true })
    await fetchError(env.sdk.admin.apiKey.retrieve(key.id), 404, `API Key with id: ${key.id} was not found`)
    const { sales_channel } = await env.sdk.admin.salesChannel.retrieve(env.s.defaults.default_sales_channel_id, {
      fields: "id,publishable_api_keys.id",
    })
    assert.deepEqual(ids(sales_channel.publishable_api_keys), [env.s.defaults.publishable_key!.id])
  })

  test("revoking a secret key twice is refused; errors in Medusa's words", async () => {
    const { api_key: sk } = await env.sdk.admin.apiKey.create({ title: "Twice", type: "secret" })
    await env.sdk.admin.apiKey.revoke(sk.id)
    await fetchError(env.sdk.admin.apiKey.revoke(sk.id), 400, "There are 1 secret keys that are already revoked.")
    await fetchError(
      env.sdk.admin.apiKey.create({ title: "No type" } as { title: string; type: "secret" }),
      400,
      "Invalid request: Field 'type' is required",
    )
    await fetchError(
      env.sdk.admin.apiKey.update(sk.id, {} as { title: string }),
      400,
      "Invalid request: Field 'title' is required",
    )
    await fetchError(env.sdk.admin.apiKey.retrieve("apk_missing"), 404, "API Key with id: apk_missing was not found")
  })
})
