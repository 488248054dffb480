import type { z } from "zod"

/**
 * Zod issues → Medusa's validation message (spec §5.2):
 * `Invalid request: <issue>; <issue>; <issue>` (at most three).
 */

const path = (p: readonly PropertyKey[]) => p.map(String).join(", ")

function shown(input: unknown): string {
  if (typeof input === "object" && input !== null) return Array.isArray(input) ? String(input) : "[object Object]"
  return String(input)
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  // zod 4 names them as Medusa 2.21 does: 'object' for an object schema, 'record' for a record
  if (issue.code === "invalid_type") return issue.expected
  if (issue.code === "invalid_union") {
    const kinds = new Set<string>()
    for (const branch of issue.errors) for (const inner of branch) {
      if (inner.code === "invalid_type") kinds.add(inner.expected)
    }
    return kinds.size ? [...kinds].join(", ") : undefined
  }
  return undefined
}

export function issueText(issue: z.core.$ZodIssue): string {
  const field = path(issue.path)
  const input = (issue as { input?: unknown }).input
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
      return `Unrecognized fields: '${issue.keys.map((k) => (field ? `${field}.${k}` : k)).join(", ")}'`
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
