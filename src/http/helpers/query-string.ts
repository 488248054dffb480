import qs from "qs"
import { SalesgraphError } from "../../framework/errors.js"

/**
 * Query strings parsed as Medusa's Express "extended" parser does (docs/medusa-contract.md §3.6): `a[]=x`,
 * `a[0]=x`, `a[$gt]=5`; a single-element array whose element holds commas is split on them;
 * a key with dots nests (at most two levels). Deeper is refused with Medusa's message but as
 * invalid_data (400): Medusa says invalid_argument, which its handler answers with a 500, and bad
 * input is a client error. Prototype keys are dropped.
 */
export function parseQueryString(input: string): Record<string, unknown> {
  return simplePairs(input) ?? parseExtended(input)
}

// `limit=50&offset=0`: word keys, values with nothing to decode, split or nest
const SIMPLE = /^\w+=[\w-]*(?:&\w+=[\w-]*)*$/

/**
 * The common query string (every store page asks one) without qs, which costs a cached read
 * more than answering it: the same object qs gives, or undefined for anything qs would treat
 * otherwise (a repeated key, a prototype key, brackets, dots, commas, escapes).
 */
function simplePairs(input: string): Record<string, unknown> | undefined {
  if (input.length > 1000 || !SIMPLE.test(input)) return undefined
  const out: Record<string, unknown> = {}
  for (const pair of input.split("&")) {
    const eq = pair.indexOf("=")
    const key = pair.slice(0, eq)
    if (key in out || key in Object.prototype) return undefined
    out[key] = pair.slice(eq + 1)
  }
  return out
}

function parseExtended(input: string): Record<string, unknown> {
  const parsed: Record<string, unknown> = qs.parse(input, {
    arrayLimit: 1000,
    depth: 5,
    parameterLimit: 2000,
    allowPrototypes: false,
    plainObjects: false,
    duplicates: "combine",
  })
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(parsed)) {
    const normalised = splitCommaArrays(value)
    if (!key.includes(".")) {
      out[key] = normalised
      continue
    }
    const parts = key.split(".")
    if (parts.length > 2) {
      throw new SalesgraphError("invalid_data", `Key accessor more than 2 levels deep: ${key}`)
    }
    const [outer, inner] = parts
    if (outer === "__proto__" || outer === "constructor" || outer === "prototype") continue
    const target = (typeof out[outer] === "object" && out[outer] !== null ? out[outer] : (out[outer] = {})) as Record<
      string,
      unknown
    >
    target[inner] = normalised
  }
  return out
}

function splitCommaArrays(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 1 && typeof value[0] === "string" && value[0].includes(",")) return value[0].split(",")
    return value.map(splitCommaArrays)
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, splitCommaArrays(v)]))
  }
  return value
}
