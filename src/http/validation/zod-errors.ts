import type { z } from "zod"

/**
 * Zod issues → Medusa's validation message (docs/medusa-contract.md §5.2):
 * `Invalid request: <issue>; <issue>; <issue>` (at most three).
 */

const path = (p: readonly PropertyKey[]) => p.map(String).join(", ")

/** `String(input)` as JS shows it, without calling a body's own `toString` (`[{"toString": 0}]` throws). */
function shown(input: unknown): string {
  if (Array.isArray(input)) return input.map((v) => (v === null || v === undefined ? "" : shown(v))).join(",")
  if (typeof input === "object" && input !== null) return "[object Object]"
  return String(input)
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  // zod 4 names them as Medusa 2.21 does: 'object' for an object schema, 'record' for a record
  if (issue.code === "invalid_type") return issue.expected
  if (issue.code === "invalid_union") {
    const kinds = new Set<string>()
    for (const branch of issue.errors)
      for (const inner of branch) {
        if (inner.code === "invalid_type") kinds.add(inner.expected)
      }
    return kinds.size ? [...kinds].join(", ") : undefined
  }
  return undefined
}

/**
 * The offending value as Medusa sees it: it reads it back from the body by path and cannot look
 * into lists, so a value inside a list counts as missing (`Field 'variants, 0, prices' is required`).
 */
function seenInput(
  issue: { path: readonly PropertyKey[]; input?: unknown },
  parent: readonly PropertyKey[] = [],
): unknown {
  const full = [...parent, ...issue.path]
  // nor the body itself: a list body is `Field '' is required`
  return full.length === 0 || full.some((p) => typeof p === "number") ? undefined : issue.input
}

/** A union's branch issues, named by their full path, as Medusa reports the first of them. */
function unionText(issue: z.core.$ZodIssueInvalidUnion): string | undefined {
  const inner = issue.errors.flat().filter((i) => i.code === "invalid_type" || i.code === "invalid_value")
  const full = (i: z.core.$ZodIssue) => [...issue.path, ...i.path]
  const types = inner.filter((i) => i.code === "invalid_type")
  const seen = types.filter((i) => seenInput(i, issue.path) !== undefined)
  if (seen.length) {
    const first = types[0]
    return `Expected type: '${seen.map((i) => (i as z.core.$ZodIssueInvalidType).expected).join(", ")}' for field '${path(full(first))}', got: '${shown(seenInput(first, issue.path))}'`
  }
  const missing = inner.find((i) => seenInput(i, issue.path) === undefined)
  return missing && `Field '${path(full(missing))}' is required`
}

export function issueText(issue: z.core.$ZodIssue): string {
  const field = path(issue.path)
  const input = seenInput(issue as { path: PropertyKey[]; input?: unknown })
  if (issue.code === "invalid_union" && issue.errors.flat().length) return unionText(issue) ?? issue.message
  switch (issue.code) {
    case "invalid_type":
    case "invalid_union": {
      if (input === undefined) return `Field '${field}' is required`
      const expected = expectedOf(issue)
      if (expected) return `Expected type: '${expected}' for field '${field}', got: '${shown(input)}'`
      return issue.message
    }
    case "invalid_value":
      if (input === undefined) return `Field '${field}' is required`
      return `Expected: '${issue.values.map(String).join(", ")}' for field '${field}', but got: '${shown(input)}'`
    case "unrecognized_keys":
      // Medusa names the keys alone, wherever they are
      return `Unrecognized fields: '${issue.keys.join(", ")}'`
    case "too_small":
      if (issue.origin === "array" || issue.origin === "string") {
        return `Field '${field}' must contain at least ${String(issue.minimum)} ${issue.origin === "array" ? "item(s)" : "character(s)"}`
      }
      return `Value for field '${field}' too small, expected at least: '${String(issue.minimum)}'`
    case "too_big":
      if (issue.origin === "array" || issue.origin === "string") {
        return `Field '${field}' must contain at most ${String(issue.maximum)} ${issue.origin === "array" ? "item(s)" : "character(s)"}`
      }
      return `Value for field '${field}' too big, expected at most: '${String(issue.maximum)}'`
    case "invalid_format":
      // Medusa shows a format issue's own message alone: `Invalid email address`
      return issue.message
    case "custom":
      // Medusa shows a custom issue's own message alone (refinements, removed properties)
      return issue.message
    default:
      return field ? `${issue.message} for field '${field}'` : issue.message
  }
}

export function formatZodError(error: z.ZodError): string {
  return "Invalid request: " + error.issues.slice(0, 3).map(issueText).join("; ")
}
