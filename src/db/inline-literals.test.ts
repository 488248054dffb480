import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { inlineLiterals } from "./inline-literals.js"

describe("inlineLiterals", () => {
  it("writes each parameter as a literal, quotes and backslashes escaped", () => {
    const text = inlineLiterals({
      text: "SELECT $1::jsonb, $2::text, $3::int, $4::bool, $5, $10",
      values: ['{"a":"it\'s \\\\ $1"}', "x", 7, true, null, "ten", "", "", "", "last"],
    })
    assert.equal(text, `SELECT  E'{"a":"it''s \\\\\\\\ $1"}'::jsonb, 'x'::text, 7::int, true::bool, NULL, 'last'`)
  })

  it("refuses values it cannot write", () => {
    assert.throws(() => inlineLiterals({ text: "SELECT $1", values: [{}] }), /cannot write object/)
    assert.throws(() => inlineLiterals({ text: "SELECT $1", values: [NaN] }), /cannot write number/)
  })
})
