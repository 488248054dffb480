import { invalidData } from "../../framework/errors.js"

/**
 * The HTTP `fields` parameter (docs/medusa-contract.md §3.5): defaults, `+f` / ` f` add, `-f` removes f and all
 * under it (but when the tokens replace the defaults, `-f` adds f, as Medusa's parser strips modifiers then), `*rel` / `rel.*` add a relation's columns, any bare token replaces the defaults;
 * `id` is always kept. Store routes drop what their allow-list does not name (exact match).
 */
export function resolveFields(
  defaults: readonly string[],
  param: string | undefined,
  allowed?: ReadonlySet<string>,
): string[] {
  const normalise = (f: string) => (f.startsWith("*") ? `${f.slice(1)}.*` : f)
  if (param === undefined) return defaults.map(normalise)
  const tokens = param.split(",").filter((t) => t.trim() !== "")
  // an empty `fields=` replaces the defaults too (Medusa's FieldParser): only `id` remains
  const replace = tokens.length === 0 || tokens.some((t) => !/^[+\- *]/.test(t) && !t.endsWith(".*"))
  let fields = replace ? [] : defaults.map(normalise)
  for (const token of tokens) {
    if (token.trim() === "*") continue // a bare `*` changes nothing in Medusa 2.21
    // Medusa's FieldParser: tokens that replace the defaults lose their modifier, `-f` included (f is added)
    if (token.startsWith("-") && replace) {
      const name = normalise(token.replace(/^[+ \t-]+/, "").trim())
      if (name && !fields.includes(name)) fields.push(name)
      continue
    }
    if (token.startsWith("-")) {
      const name = token.slice(1).trim()
      fields = fields.filter((f) => f !== name && !f.startsWith(name + ".") && f !== `${name}.*`)
      continue
    }
    const name = normalise(/^[+ ]/.test(token) ? token.slice(1).trim() : token.trim())
    if (name && !fields.includes(name)) fields.push(name)
  }
  if (!fields.includes("id")) fields.unshift("id")
  if (!allowed) return fields
  return fields.filter((f) => allowed.has(f) || allowed.has(f.endsWith(".*") ? f.slice(0, -2) : f))
}

/** `order=title` → `{title: "ASC"}`, `order=-created_at` → DESC; the store allow-list applies. */
export function resolveOrder(
  param: string | undefined,
  allowed?: ReadonlySet<string>,
): Record<string, "ASC" | "DESC"> | undefined {
  if (!param) return undefined
  const order: Record<string, "ASC" | "DESC"> = {}
  for (const raw of param.split(",")) {
    const desc = raw.startsWith("-")
    const field = desc ? raw.slice(1) : raw.replace(/^[+ ]/, "")
    if (!field) continue
    if (allowed && !allowed.has(field)) throw invalidData(`Order field ${field} is not valid`)
    order[field] = desc ? "DESC" : "ASC"
  }
  return order
}
