/**
 * JSON request bodies: parsed with `__proto__` keys dropped, and refused (400, Medusa's shape
 * through the error handler) when their shape would cost far more than their bytes — the size
 * limit (bodyLimit) alone lets 1 MB hold 500 000 array items or 250 000 nesting levels.
 */

/** Deeper than any body Medusa's routes take (product → variants → prices → rules is 5). */
export const MAX_JSON_DEPTH = 32
/** As the batch link routes' `.max()`; lists longer than this are no request a client makes. */
export const MAX_JSON_ARRAY = 10_000

export class BodyError extends Error {
  readonly statusCode = 400
}

/**
 * Whether a JSON text nests deeper than `max`, read without parsing it (JSON.parse and its
 * reviver recurse, and so does JSON.stringify later: a deep body would overflow the stack).
 */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

/**
 * An array longer than MAX_JSON_ARRAY anywhere in a parsed body: the size limit alone lets
 * 1 MB hold 500 000 items, which cost validators and workflows far more than their bytes.
 */
function hasHugeArray(root: unknown): boolean {
  const stack: unknown[] = [root]
  while (stack.length) {
    const value = stack.pop()
    if (typeof value !== "object" || value === null) continue
    if (Array.isArray(value) && value.length > MAX_JSON_ARRAY) return true
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof child === "object" && child !== null) stack.push(child)
    }
  }
  return false
}

/** `{}` for an empty body (the JS SDK posts `content-type: application/json` with none). */
export function parseJsonBody(body: string): unknown {
  const text = body.trim()
  if (text === "") return {}
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    throw new BodyError(`Invalid request: the body nests deeper than ${MAX_JSON_DEPTH} levels`)
  let parsed: unknown
  try {
    // `__proto__` is dropped at every level: copied with `=` or a spread it would set a prototype
    parsed = JSON.parse(text, (key, value) => (key === "__proto__" ? undefined : value))
  } catch (e) {
    throw new BodyError((e as Error).message)
  }
  if (hasHugeArray(parsed))
    throw new BodyError(`Invalid request: an array in the body holds more than ${MAX_JSON_ARRAY} items`)
  return parsed
}
