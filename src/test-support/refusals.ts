import assert from "node:assert/strict"

/**
 * Asserts a refusal in Medusa's shape: the status and `{type, message}`, `not_found` for a 404 and
 * `invalid_data` otherwise; `input` (what was sent) names the case when it fails.
 */
export function assertRefused(r: { status: number; body: unknown }, status: number, message: string, input: unknown) {
  assert.deepEqual(
    [r.status, r.body],
    [status, { type: status === 404 ? "not_found" : "invalid_data", message }],
    JSON.stringify(input),
  )
}
