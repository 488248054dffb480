import pg from "pg"

/**
 * A statement's text with its parameters written in as SQL literals, for the simple query
 * protocol (which takes no parameters) so that it can share a round trip with another command.
 * Only for statements the program writes itself: every `$n` in the text must be a parameter
 * (no dollar quoting, no `$n` inside string literals). Values: strings, finite numbers,
 * booleans, null.
 */
export function inlineLiterals({ text, values }: { text: string; values: unknown[] }): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => literal(values[Number(n) - 1]))
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL"
  if (typeof value === "string") return pg.escapeLiteral(value)
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  throw new Error(`cannot write ${typeof value} as a SQL literal`)
}
