import assert from "node:assert/strict"
import { test } from "node:test"
import { generateId } from "./ids.js"

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/

test("ids: prefix and a ULID, unique and in creation order", () => {
  const ids = Array.from({ length: 50_000 }, () => generateId("prod"))
  for (const id of ids.slice(0, 100)) {
    assert.ok(id.startsWith("prod_"))
    assert.match(id.slice(5), CROCKFORD)
  }
  assert.equal(new Set(ids).size, ids.length)
  assert.deepEqual([...ids].sort(), ids) // monotonic within a millisecond too
})

test("ids: the random part uses every character about evenly", () => {
  // the first random character of ids made in different milliseconds (no increment involved)
  const counts = new Map<string, number>()
  let last = ""
  const started = Date.now()
  // about 400 ms on an idle machine; a stalled one gets longer to gather the same samples
  const samples = () => [...counts.values()].reduce((a, b) => a + b, 0)
  while (samples() < 300 && Date.now() - started < 20_000) {
    const id = generateId("x")
    const time = id.slice(2, 12)
    if (time === last) continue
    last = time
    const c = id[12]
    counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  assert.ok(total >= 100, `only ${total} samples`)
  // 32 symbols: with a few hundred samples a working source shows most of them
  assert.ok(counts.size >= Math.min(24, total / 8), `only ${counts.size} distinct characters in ${total} ids`)
})
