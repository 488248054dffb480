import assert from "node:assert/strict"

/**
 * Checks `actual`'s values at `expected`'s keys, all in one comparison (so a failure shows every
 * field that differs); a key `actual` lacks reads as undefined, keys `expected` does not name are
 * not checked.
 */
export function assertFields(actual: Record<string, unknown>, expected: Record<string, unknown>, message?: string) {
  assert.deepEqual(Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k]])), expected, message)
}
