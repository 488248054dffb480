import assert from "node:assert/strict"
import { test } from "node:test"
import type { PendingEvent } from "../framework/events/index.js"
import type { TestServer } from "./http.js"

/** A create through an admin route: POSTs the body to `path`, asserts a 200 and answers the row under `key`. */
export const adminCreate =
  (s: TestServer, path: string, key: string) =>
  async (body: Record<string, unknown>): Promise<any> => {
    const r = await s.request("POST", path, { body })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    return r.body[key]
  }

/** A sales channel created through the admin API (its row as the route answers it). */
export const createChannel = async (s: TestServer, name: string) =>
  (await s.request("POST", "/admin/sales-channels", { body: { name } })).body.sales_channel

/** The rows of a sales channel link's pivot `entity` for `filters` (one side's id); soft-deleted ones too with `withDeleted`. */
export const channelPivotRows = async (
  s: TestServer,
  entity: string,
  filters: Record<string, string>,
  withDeleted = false,
) =>
  (
    await s.app.container.query.graph({
      entity,
      fields: ["id", "sales_channel_id", "deleted_at"],
      filters,
      withDeleted,
    })
  ).data

/** Registers the test that an admin route refuses a request without credentials: 401, Medusa's body. */
export function testNoCredentials(s: TestServer, path: string) {
  test("no credentials → 401", async () => {
    const r = await s.request("GET", path, { token: null })
    assert.deepEqual([r.status, r.body], [401, { message: "Unauthorized" }])
  })
}

/**
 * DELETEs `path` and checks what deleting `object` `id` answers and emits: 200 with Medusa's
 * deletion body, and exactly one `<object>.deleted` event among the `<object>.*` events since.
 */
export async function assertDeletes(s: TestServer, events: PendingEvent[], path: string, object: string, id: string) {
  events.length = 0
  const del = await s.request("DELETE", path)
  assert.deepEqual([del.status, del.body], [200, { id, object, deleted: true }])
  assert.deepEqual(
    events.filter((e) => e.name.startsWith(`${object}.`)),
    [{ name: `${object}.deleted`, data: { id } }],
  )
}
