import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { buildSchema } from "../../../app/schema.js"
import { listedIn } from "../../../links/listing/listing-filters.js"
import { compileGraphCached } from "../compile-cache.js"
import { compileGraph, type GraphInput } from "../compile.js"

const schema = buildSchema()
const listing = (now: Date, extra: Record<string, unknown> = {}): GraphInput => ({
  entity: "product",
  fields: ["id", "title"],
  filters: { status: "published", ...listedIn(["sc_1"], now), ...extra },
  pagination: { take: 50, skip: 0 },
})
const run = (input: GraphInput) => compileGraphCached(schema, input, { count: true }).compile()
const direct = (input: GraphInput) => compileGraph(schema, input, { count: true }).compile()

describe("compileGraphCached: dates are parameters, not part of the key", () => {
  test("the same listing a moment later reuses the statement with the new time in it", () => {
    const first = new Date("2026-12-07T10:00:00.000Z")
    const later = new Date("2026-12-07T10:00:00.001Z")
    const a = run(listing(first))
    const b = run(listing(later))
    assert.equal(a.text, b.text)
    assert.deepEqual(a, direct(listing(first)))
    assert.deepEqual(b, direct(listing(later)))
    assert.ok(b.values.includes(later.toISOString()) && !b.values.includes(first.toISOString()))
  })

  test("a client's string filter is a key, never a slot: equal to the time or to the stand-ins", () => {
    const now = new Date("2026-12-07T10:00:00.000Z")
    const same = { created_at: { $lt: now.toISOString() } }
    assert.deepEqual(run(listing(now, same)), direct(listing(now, same)))
    const later = new Date("2026-12-07T11:00:00.000Z")
    assert.deepEqual(run(listing(later, same)), direct(listing(later, same)))
    const standIn = { created_at: { $gt: "-271821-04-20T00:00:00.000Z" } }
    assert.deepEqual(run(listing(now, standIn)), direct(listing(now, standIn)))
  })

  test("an invalid input's error names its own values, as compileGraph's does", () => {
    const input = listing(new Date(), { created_at: { $lt: "not a date" } })
    assert.throws(() => run(input), /Invalid value for filter 'created_at': "not a date"/)
  })
})
