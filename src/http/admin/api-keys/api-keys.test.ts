import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { sql } from "../../../framework/sql/sql.js"
import { ADMIN } from "../../../test-support/http.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { SALES_CHANNEL_KEYS } from "../../../test-support/response-keys.js"
import { createChannel, channelPivotRows, testNoCredentials } from "../../../test-support/admin-requests.js"

const INVALID_KEY = { type: "not_allowed", message: "A valid publishable key is required to proceed with the request" }
const DEFAULT_KEYS = [
  "created_at",
  "created_by",
  "id",
  "last_used_at",
  "redacted",
  "revoked_at",
  "revoked_by",
  "sales_channels",
  "title",
  "token",
  "type",
  "updated_at",
]
const CREATED_KEYS = [
  "created_at",
  "created_by",
  "deleted_at",
  "id",
  "last_used_at",
  "redacted",
  "revoked_at",
  "revoked_by",
  "title",
  "token",
  "type",
  "updated_at",
]

const basic = (token: string) => ({ authorization: `Basic ${Buffer.from(`${token}:`).toString("base64")}` })
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe("admin api keys", () => {
  const { s, events } = serverSuite()
  let adminId: string
  before(async () => {
    const [user] = await s.app.container.modules.user.listUsers({ email: ADMIN.email })
    adminId = user.id
  })

  const create = async (title: string, type: "publishable" | "secret") => {
    const r = await s.request("POST", "/admin/api-keys", { body: { title, type } })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body.api_key
  }
  const channel = (name: string) => createChannel(s, name)
  const countKeys = async () => (await s.request("GET", "/admin/api-keys?fields=id&limit=0")).body.count
  const pivotRows = (keyId: string, withDeleted = false) =>
    channelPivotRows(s, "publishable_api_key_sales_channel", { publishable_key_id: keyId }, withDeleted)

  testNoCredentials(s, "/admin/api-keys")

  test("create answers the module row with the raw token; reads mask secret tokens and never show the salt", async () => {
    events.length = 0
    const pk = await create("Storefront <b>", "publishable")
    assert.deepEqual(Object.keys(pk).sort(), CREATED_KEYS)
    assert.match(pk.id, /^apk_[0-9A-Z]{26}$/)
    assert.match(pk.token, /^pk_[0-9a-f]{64}$/)
    assert.equal(pk.redacted, `${pk.token.slice(0, 6)}***${pk.token.slice(-3)}`)
    assert.equal(pk.title, "Storefront <b>")
    assert.deepEqual(
      [pk.type, pk.created_by, pk.revoked_at, pk.revoked_by, pk.last_used_at, pk.deleted_at],
      ["publishable", adminId, null, null, null, null],
    )
    assert.match(pk.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)

    const sk = await create("Backend", "secret")
    assert.deepEqual(Object.keys(sk).sort(), CREATED_KEYS)
    assert.match(sk.token, /^sk_[0-9a-f]{64}$/)
    assert.equal(sk.redacted, `${sk.token.slice(0, 6)}***${sk.token.slice(-3)}`)
    assert.deepEqual(
      events.filter((e) => e.name.startsWith("api_key.")).map((e) => [e.name, e.data.id]),
      [
        ["api_key.api-key.created", pk.id],
        ["api_key.api-key.created", sk.id],
      ],
    )

    const gotSk = (await s.request("GET", `/admin/api-keys/${sk.id}`)).body.api_key
    assert.deepEqual(Object.keys(gotSk).sort(), DEFAULT_KEYS)
    assert.equal(gotSk.token, "")
    assert.deepEqual(gotSk.sales_channels, [])
    const gotPk = (await s.request("GET", `/admin/api-keys/${pk.id}`)).body.api_key
    assert.equal(gotPk.token, pk.token)
    assert.equal(gotPk.created_at, pk.created_at)

    // the salt cannot be asked for, the hash never shows
    const salted = await s.request("GET", `/admin/api-keys/${sk.id}?fields=salt,token`)
    assert.deepEqual(salted.body.api_key, { id: sk.id, token: "" })
    const plus = await s.request("GET", `/admin/api-keys/${sk.id}?fields=%2Bsalt,%2Bdeleted_at`)
    assert.equal("salt" in plus.body.api_key, false)
    assert.equal(plus.body.api_key.deleted_at, null)
    const listed = await s.request("GET", "/admin/api-keys?type=secret&fields=*sales_channels,%2Bsalt")
    assert.equal(listed.body.count, 1)
    assert.equal(listed.body.api_keys[0].token, "")
    assert.equal(JSON.stringify(listed.body).includes("salt"), false)
    const sc = s.defaults.default_sales_channel_id
    const fromChannel = await s.request("GET", `/admin/sales-channels/${sc}?fields=*publishable_api_keys`)
    assert.equal(fromChannel.status, 200)
    assert.equal(JSON.stringify(fromChannel.body).includes("salt"), false)
    const hash = (
      await s.app.container.db.query<{ token: string }>(sql`SELECT token FROM api_key WHERE id = ${sk.id}::text`)
    )[0].token
    assert.notEqual(hash, sk.token)
    for (const path of [`/admin/api-keys/${sk.id}?fields=%2Btoken`, "/admin/api-keys?limit=100"]) {
      const text = JSON.stringify((await s.request("GET", path)).body)
      assert.equal(text.includes(hash), false)
      assert.equal(text.includes(sk.token), false)
    }
  })

  test("create validation: Medusa's messages, nothing written", async () => {
    const before = await countKeys()
    const cases: [unknown, string][] = [
      [{}, "Invalid request: Field 'title' is required; Field 'type' is required"],
      [{ title: "x" }, "Invalid request: Field 'type' is required"],
      [
        { title: "x", type: "foo" },
        "Invalid request: Expected: 'publishable, secret' for field 'type', but got: 'foo'",
      ],
      [
        { title: 1, type: "secret", x: 1 },
        "Invalid request: Expected type: 'string' for field 'title', got: '1'; Unrecognized fields: 'x'",
      ],
    ]
    for (const [body, message] of cases) {
      const r = await s.request("POST", "/admin/api-keys", { body })
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
    const q = await s.request("POST", "/admin/api-keys?foo=1", { body: { title: "x", type: "secret" } })
    assert.deepEqual(q.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
    assert.equal(await countKeys(), before)
  })

  test("retrieve: 404 in Medusa's words; fields", async () => {
    const r = await s.request("GET", "/admin/api-keys/apk_missing")
    assert.deepEqual(
      [r.status, r.body],
      [404, { type: "not_found", message: "API Key with id: apk_missing was not found" }],
    )
    const bad = await s.request("GET", `/admin/api-keys/${s.defaults.publishable_key!.id}?foo=1`)
    assert.deepEqual(bad.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
    const def = await s.request("GET", `/admin/api-keys/${s.defaults.publishable_key!.id}`)
    assert.deepEqual(def.body.api_key.sales_channels, [
      { id: s.defaults.default_sales_channel_id, name: "Default Sales Channel" },
    ])
    assert.equal(def.body.api_key.created_by, "")
    const only = await s.request("GET", `/admin/api-keys/${s.defaults.publishable_key!.id}?fields=title`)
    assert.deepEqual(only.body.api_key, { id: s.defaults.publishable_key!.id, title: "Default Publishable API Key" })
  })

  test("list: q over title and redacted, filters, $or, pagination, order", async () => {
    const a = await create("Alpha list", "publishable")
    const b = await create("Beta list", "secret")
    const c = await create("Gamma list", "publishable")
    await s.request("POST", `/admin/api-keys/${c.id}/revoke`)

    const q = await s.request("GET", "/admin/api-keys?q=LIST&fields=id,title")
    assert.deepEqual(ids(q.body.api_keys), [a.id, b.id, c.id])
    assert.deepEqual([q.body.count, q.body.offset, q.body.limit], [3, 0, 20])
    const byRedacted = await s.request(
      "GET",
      `/admin/api-keys?q=${encodeURIComponent(a.redacted.slice(0, 6))}&fields=id`,
    )
    assert.ok(ids(byRedacted.body.api_keys).includes(a.id))
    const typed = await s.request("GET", "/admin/api-keys?q=list&type=secret&fields=id")
    assert.deepEqual(ids(typed.body.api_keys), [b.id])
    const byToken = await s.request("GET", `/admin/api-keys?token=${a.token}&fields=id`)
    assert.deepEqual(ids(byToken.body.api_keys), [a.id])
    const byTitle = await s.request("GET", `/admin/api-keys?title[]=Alpha%20list&title[]=Gamma%20list&fields=id`)
    assert.deepEqual(ids(byTitle.body.api_keys), [a.id, c.id])
    const byId = await s.request("GET", `/admin/api-keys?id=${b.id}&fields=id`)
    assert.deepEqual(ids(byId.body.api_keys), [b.id])
    const revoked = await s.request(
      "GET",
      "/admin/api-keys?q=list&revoked_at[$lte]=" +
        encodeURIComponent(new Date(Date.now() + 1000).toISOString()) +
        "&fields=id",
    )
    assert.deepEqual(ids(revoked.body.api_keys), [c.id])
    const notRevoked = await s.request("GET", "/admin/api-keys?q=list&revoked_at=null&fields=id")
    assert.deepEqual(ids(notRevoked.body.api_keys), [a.id, b.id])
    const neNull = await s.request("GET", "/admin/api-keys?q=list&revoked_at[$ne]=null&fields=id")
    assert.deepEqual(ids(neNull.body.api_keys), [c.id])
    const created = await s.request(
      "GET",
      `/admin/api-keys?created_at[$gte]=${encodeURIComponent(b.created_at)}&q=list&fields=id`,
    )
    assert.deepEqual(ids(created.body.api_keys), [b.id, c.id])
    const or = await s.request("GET", `/admin/api-keys?$or[0][title]=Alpha%20list&$or[1][type]=secret&q=list&fields=id`)
    assert.deepEqual(ids(or.body.api_keys), [a.id, b.id])
    const and = await s.request("GET", `/admin/api-keys?$and[0][q]=list&$and[1][type]=publishable&fields=id`)
    assert.deepEqual(ids(and.body.api_keys), [a.id, c.id])
    const page = await s.request("GET", "/admin/api-keys?q=list&limit=1&offset=1&order=-title&fields=id,title")
    assert.deepEqual([page.body.count, page.body.limit, page.body.offset], [3, 1, 1])
    assert.deepEqual(page.body.api_keys, [{ id: b.id, title: "Beta list" }])

    const errors: [string, string][] = [
      ["foo=1", "Invalid request: Unrecognized fields: 'foo'"],
      ["type=foo", "Invalid request: Expected: 'publishable, secret' for field 'type', but got: 'foo'"],
      ["limit=abc", "Invalid request: Expected type: 'number' for field 'limit', got: 'abc'"],
    ]
    for (const [qs, message] of errors) {
      const r = await s.request("GET", `/admin/api-keys?${qs}`)
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
    const badDate = await s.request("GET", "/admin/api-keys?revoked_at[$gt]=notadate")
    assert.equal(badDate.status, 400)
  })

  test("update: title only; unknown id answers {} as Medusa does", async () => {
    const key = await create("Old title", "publishable")
    await sleep(5)
    events.length = 0
    const r = await s.request("POST", `/admin/api-keys/${key.id}`, { body: { title: "  New title " } })
    assert.equal(r.status, 200)
    assert.equal(r.body.api_key.title, "  New title ")
    assert.deepEqual(Object.keys(r.body.api_key).sort(), DEFAULT_KEYS)
    assert.ok(r.body.api_key.updated_at > key.updated_at)
    assert.deepEqual(
      events.map((e) => [e.name, e.data.id]),
      [["api_key.api-key.updated", key.id]],
    )
    const fields = await s.request("POST", `/admin/api-keys/${key.id}?fields=title`, { body: { title: "T" } })
    assert.deepEqual(fields.body, { api_key: { id: key.id, title: "T" } })

    const cases: [unknown, string][] = [
      [{}, "Invalid request: Field 'title' is required"],
      [{ title: "x", type: "secret" }, "Invalid request: Unrecognized fields: 'type'"],
      [{ title: null }, "Invalid request: Expected type: 'string' for field 'title', got: 'null'"],
    ]
    for (const [body, message] of cases) {
      const bad = await s.request("POST", `/admin/api-keys/${key.id}`, { body })
      assert.deepEqual([bad.status, bad.body], [400, { type: "invalid_data", message }])
    }
    assert.equal((await s.request("GET", `/admin/api-keys/${key.id}`)).body.api_key.title, "T")
    const unknown = await s.request("POST", "/admin/api-keys/apk_missing", { body: { title: "x" } })
    assert.deepEqual([unknown.status, unknown.body], [200, {}])
  })

  test("revoke: no body, revoke_in, secret keys only once; a revoked publishable key stops /store at once", async () => {
    const key = await create("Shop key", "publishable")
    await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, {
      body: { add: [s.defaults.default_sales_channel_id] },
    })
    const open = await s.request("GET", "/store/products", { key: key.token, token: null })
    assert.notDeepEqual(open.body, INVALID_KEY)
    // the gate records last_used_at (throttled to once a minute per key; Medusa 2.21.2 never writes it)
    let lastUsed: string | null = null
    for (let i = 0; i < 2000 && !lastUsed; i++) {
      lastUsed = (await s.request("GET", `/admin/api-keys/${key.id}`)).body.api_key.last_used_at
      if (!lastUsed) await new Promise((r) => setTimeout(r, 10))
    }
    assert.match(String(lastUsed), /^\d{4}-\d\d-\d\dT/)

    // delayed revocation: still works until then
    const later = await s.request("POST", `/admin/api-keys/${key.id}/revoke`, { body: { revoke_in: 3600 } })
    assert.equal(later.status, 200)
    assert.equal(later.body.api_key.revoked_by, adminId)
    const at = Date.parse(later.body.api_key.revoked_at)
    assert.ok(at > Date.now() + 3500_000 && at < Date.now() + 3700_000)
    assert.notDeepEqual((await s.request("GET", "/store/products", { key: key.token, token: null })).body, INVALID_KEY)
    const delMany = await s.request("DELETE", `/admin/api-keys/${key.id}`)
    assert.deepEqual(
      [delMany.status, delMany.body],
      [400, { type: "not_allowed", message: `Cannot delete api keys that are not revoked - ${key.id}` }],
    )

    // the JS SDK posts with no body at all
    events.length = 0
    const res = await fetch(`${s.url}/admin/api-keys/${key.id}/revoke`, {
      method: "POST",
      headers: { authorization: `Bearer ${s.adminToken}` },
    })
    assert.equal(res.status, 200)
    const now = ((await res.json()) as { api_key: { revoked_at: string } }).api_key
    assert.ok(Date.parse(now.revoked_at) <= Date.now())
    assert.deepEqual(
      events.map((e) => [e.name, e.data.id]),
      [["api_key.api-key.updated", key.id]],
    )
    const refused = await s.request("GET", "/store/products", { key: key.token, token: null })
    assert.deepEqual([refused.status, refused.body], [400, INVALID_KEY])
    // a publishable key may be revoked again (timestamp overwritten), also with an empty JSON body
    const again = await s.request("POST", `/admin/api-keys/${key.id}/revoke`, { rawBody: "" })
    assert.equal(again.status, 200)

    const bad = await s.request("POST", `/admin/api-keys/${key.id}/revoke`, { body: { revoke_in: "abc" } })
    assert.deepEqual(bad.body, {
      type: "invalid_data",
      message: "Invalid request: Expected type: 'number' for field 'revoke_in', got: 'abc'",
    })
    const extra = await s.request("POST", `/admin/api-keys/${key.id}/revoke`, { body: { foo: 1 } })
    assert.deepEqual(extra.body, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" })
    const unknown = await s.request("POST", "/admin/api-keys/apk_missing/revoke")
    assert.deepEqual([unknown.status, unknown.body], [200, {}])

    const sk = await create("Once", "secret")
    assert.equal((await s.request("POST", `/admin/api-keys/${sk.id}/revoke`)).status, 200)
    const twice = await s.request("POST", `/admin/api-keys/${sk.id}/revoke`)
    assert.deepEqual(
      [twice.status, twice.body],
      [400, { type: "invalid_data", message: "There are 1 secret keys that are already revoked." }],
    )
  })

  test("secret keys open /admin over HTTP Basic (encoded or raw), never as Bearer, until revoked", async () => {
    const sk = await create("Automation", "secret")
    const encoded = await s.request("GET", "/admin/api-keys?fields=id", { token: null, headers: basic(sk.token) })
    assert.equal(encoded.status, 200)
    assert.ok(ids(encoded.body.api_keys).includes(sk.id))
    const raw = await s.request("GET", "/admin/api-keys?fields=id", {
      token: null,
      headers: { authorization: `Basic ${sk.token}` },
    })
    assert.equal(raw.status, 200)
    const bearer = await s.request("GET", "/admin/api-keys", { token: sk.token })
    assert.deepEqual(
      [bearer.status, bearer.body],
      [
        401,
        {
          message:
            "A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>).",
        },
      ],
    )
    const wrong = await s.request("GET", "/admin/api-keys", {
      token: null,
      headers: basic(sk.token.slice(0, -1) + (sk.token.endsWith("0") ? "1" : "0")),
    })
    assert.deepEqual([wrong.status, wrong.body], [401, { message: "Unauthorized" }])

    // a key made by a secret key is created_by that key; it can revoke others
    const made = await s.request("POST", "/admin/api-keys", {
      token: null,
      headers: basic(sk.token),
      body: { title: "by key", type: "publishable" },
    })
    assert.equal(made.body.api_key.created_by, sk.id)
    const rev = await s.request("POST", `/admin/api-keys/${made.body.api_key.id}/revoke`, {
      token: null,
      headers: basic(sk.token),
    })
    assert.equal(rev.body.api_key.revoked_by, sk.id)

    // revoked in the future: works until then, then stops without any further write
    await s.request("POST", `/admin/api-keys/${sk.id}/revoke`, { body: { revoke_in: 1.5 } })
    assert.equal(
      (await s.request("GET", "/admin/api-keys?fields=id", { token: null, headers: basic(sk.token) })).status,
      200,
    )
    await sleep(1700)
    const expired = await s.request("GET", "/admin/api-keys?fields=id", { token: null, headers: basic(sk.token) })
    assert.deepEqual([expired.status, expired.body], [401, { message: "Unauthorized" }])

    const other = await create("Automation 2", "secret")
    assert.equal(
      (await s.request("GET", "/admin/api-keys?fields=id", { token: null, headers: basic(other.token) })).status,
      200,
    )
    await s.request("POST", `/admin/api-keys/${other.id}/revoke`)
    const stopped = await s.request("GET", "/admin/api-keys?fields=id", { token: null, headers: basic(other.token) })
    assert.equal(stopped.status, 401)
    // a secret key is no publishable key
    const asStoreKey = await s.request("GET", "/store/products", { key: other.token, token: null })
    assert.deepEqual(asStoreKey.body, INVALID_KEY)
  })

  test("delete: only revoked keys; hard delete and the channel links go", async () => {
    const sc = await channel("Delete side")
    const key = await create("Doomed", "publishable")
    await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { body: { add: [sc.id] } })
    const refused = await s.request("DELETE", `/admin/api-keys/${key.id}`)
    assert.deepEqual(
      [refused.status, refused.body],
      [400, { type: "not_allowed", message: `Cannot delete api keys that are not revoked - ${key.id}` }],
    )
    assert.equal((await s.request("GET", `/admin/api-keys/${key.id}`)).status, 200)

    await s.request("POST", `/admin/api-keys/${key.id}/revoke`)
    events.length = 0
    const del = await s.request("DELETE", `/admin/api-keys/${key.id}`)
    assert.deepEqual([del.status, del.body], [200, { id: key.id, object: "api_key", deleted: true }])
    assert.ok(events.some((e) => e.name === "api_key.api-key.deleted" && e.data.id === key.id))
    assert.ok(events.some((e) => e.name === "LinkPublishableApiKeySalesChannel.detached"))
    assert.equal((await s.request("GET", `/admin/api-keys/${key.id}`)).status, 404)
    const rows = await s.app.container.db.query(sql`SELECT id FROM api_key WHERE id = ${key.id}::text`)
    assert.equal(rows.length, 0) // hard delete
    assert.deepEqual(await pivotRows(key.id), [])
    const dead = await pivotRows(key.id, true)
    assert.equal(dead.length, 1)
    assert.notEqual(dead[0].deleted_at, null)
    const side = await s.request("GET", `/admin/sales-channels/${sc.id}?fields=id,*publishable_api_keys`)
    assert.deepEqual(side.body.sales_channel.publishable_api_keys, [])
    const byKey = await s.request("GET", `/admin/sales-channels?publishable_key_id=${key.id}`)
    assert.equal(byKey.body.count, 0)

    const unknown = await s.request("DELETE", "/admin/api-keys/apk_missing")
    assert.deepEqual([unknown.status, unknown.body], [200, { id: "apk_missing", object: "api_key", deleted: true }])
  })

  test("sales channels of a key: add/remove seen from both sides; bad ids refused with nothing written", async () => {
    const web = await channel("Web")
    const pos = await channel("POS")
    const key = await create("Channels", "publishable")
    events.length = 0
    const added = await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, {
      body: { add: [web.id, pos.id, web.id] },
    })
    assert.equal(added.status, 200)
    assert.deepEqual(Object.keys(added.body.api_key).sort(), DEFAULT_KEYS)
    assert.deepEqual(added.body.api_key.sales_channels, [
      { id: web.id, name: "Web" },
      { id: pos.id, name: "POS" },
    ])
    assert.equal(events.filter((e) => e.name === "LinkPublishableApiKeySalesChannel.attached").length, 2)
    const again = await s.request("POST", `/admin/api-keys/${key.id}/sales-channels?fields=id`, {
      body: { add: [web.id] },
    })
    assert.deepEqual(again.body, { api_key: { id: key.id } })
    assert.equal((await pivotRows(key.id)).length, 2)

    const full = await s.request("GET", `/admin/api-keys/${key.id}?fields=*sales_channels`)
    assert.deepEqual(Object.keys(full.body.api_key.sales_channels[0]).sort(), SALES_CHANNEL_KEYS)
    const fromWeb = await s.request("GET", `/admin/sales-channels/${web.id}?fields=id,*publishable_api_keys`)
    assert.deepEqual(ids(fromWeb.body.sales_channel.publishable_api_keys), [key.id])
    assert.equal(fromWeb.body.sales_channel.publishable_api_keys[0].token, key.token)
    const byKey = await s.request("GET", `/admin/sales-channels?publishable_key_id=${key.id}&fields=id`)
    assert.deepEqual(ids(byKey.body.sales_channels), [web.id, pos.id])

    // unknown ids in add: 400 (Medusa's words), and the valid part of the request is not written
    const bogus = await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, {
      body: { add: ["sc_nope1", web.id, "sc_nope2"], remove: [pos.id] },
    })
    assert.deepEqual(
      [bogus.status, bogus.body],
      [400, { type: "invalid_data", message: "Sales channels with IDs sc_nope1, sc_nope2 do not exist" }],
    )
    // unknown ids in remove: 404 (beyond Medusa), nothing written
    const bogusRemove = await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, {
      body: { remove: [pos.id, "sc_gone"] },
    })
    assert.deepEqual(
      [bogusRemove.status, bogusRemove.body],
      [404, { type: "not_found", message: "Sales channels with IDs sc_gone do not exist" }],
    )
    assert.equal((await pivotRows(key.id)).length, 2)

    const removed = await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { body: { remove: [pos.id] } })
    assert.deepEqual(removed.body.api_key.sales_channels, [{ id: web.id, name: "Web" }])
    const posSide = await s.request("GET", `/admin/sales-channels?publishable_key_id[]=${key.id}&fields=id`)
    assert.deepEqual(ids(posSide.body.sales_channels), [web.id])
    // re-adding revives the same pair
    await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { body: { add: [pos.id] } })
    assert.equal((await pivotRows(key.id, true)).length, 2)

    // the store gate sees the new channels at once
    const sk = await create("No channels", "secret")
    const secret = await s.request("POST", `/admin/api-keys/${sk.id}/sales-channels`, { body: { add: [web.id] } })
    assert.deepEqual(
      [secret.status, secret.body],
      [400, { type: "invalid_data", message: "Sales channels can only be associated with publishable API keys" }],
    )
    const missing = await s.request("POST", "/admin/api-keys/apk_missing/sales-channels", { body: { add: [web.id] } })
    assert.deepEqual(
      [missing.status, missing.body],
      [404, { type: "not_found", message: "API Key with id: apk_missing was not found" }],
    )
    const shape: [unknown, string][] = [
      [{ add: "sc_x" }, "Invalid request: Expected type: 'array' for field 'add', got: 'sc_x'"],
      [{ foo: [] }, "Invalid request: Unrecognized fields: 'foo'"],
    ]
    for (const [body, message] of shape) {
      const r = await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { body })
      assert.deepEqual([r.status, r.body], [400, { type: "invalid_data", message }])
    }
    const empty = await s.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { body: {} })
    assert.equal(empty.status, 200)
  })
})
