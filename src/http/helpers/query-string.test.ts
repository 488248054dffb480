import assert from "node:assert/strict"
import { test } from "node:test"
import qs from "qs"
import { parseQueryString } from "./query-string.js"

test("plain pairs are read without qs, into the object qs gives", () => {
  for (const input of ["limit=50", "limit=50&offset=0", "fields=title&order=-created_at", "q=", "a_b=C-d_9"]) {
    const parsed = parseQueryString(input)
    assert.deepEqual(parsed, qs.parse(input))
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype)
  }
})

test("anything else goes through qs: repeated, prototype, nested, dotted, escaped keys and values", () => {
  assert.deepEqual(parseQueryString("id=a&id=b"), { id: ["a", "b"] })
  assert.deepEqual(parseQueryString("constructor=1&limit=2"), { limit: "2" })
  assert.deepEqual(parseQueryString("__proto__=1"), {})
  assert.deepEqual(parseQueryString("a[]=x,y"), { a: ["x", "y"] })
  assert.deepEqual(parseQueryString("a.b=1"), { a: { b: "1" } })
  assert.deepEqual(parseQueryString("q=a+b%21"), { q: "a b!" })
  assert.deepEqual(parseQueryString("flag"), { flag: "" })
  assert.throws(() => parseQueryString("a.b.c=1"), /more than 2 levels deep/)
})
