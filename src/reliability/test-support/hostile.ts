import assert from "node:assert/strict"
import fc from "fast-check"
import net from "node:net"
import type pg from "pg"

/**
 * Hostile input for the property-based suites: strings an attacker or a broken client sends
 * (SQL-injection shapes, operators, prototype names, control and non-UTF-8 characters, huge
 * numbers), keys that reach objects' prototypes, JSON trees rendered as raw text (so that
 * `__proto__` and duplicate keys reach the server as sent), and the checks every answer must
 * pass: no 5xx, Medusa's error shape on a 4xx, nothing written by a refused request, no
 * prototype polluted.
 */

// a failing property shows the assertion that failed, not only the counterexample
fc.configureGlobal({ ...fc.readConfigureGlobal(), includeErrorInReport: true })

export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
]

export const SQL_SHAPES = [
  "' OR '1'='1",
  "'; DROP TABLE product; --",
  '" OR 1=1 --',
  "1; SELECT pg_sleep(10)",
  "') UNION SELECT token, salt FROM api_key --",
  "' || (SELECT current_user) || '",
  "$1",
  "%",
  "_",
  "\\",
  "\\'",
  "E'\\x00'",
  "1::int",
  'id" = id OR "id',
  "/*",
  "*/",
  "--",
  ";",
]

const ODD = [
  "",
  " ",
  "*",
  "+",
  "-",
  ",",
  ".",
  "..",
  "*,*",
  "$and",
  "$or",
  "$gt",
  "$in",
  "[]",
  "{}",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "1e308",
  "9".repeat(40),
  "0x10",
  "true",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff\ud800",
  "\uffff",
  "\u202e",
  "🙂",
  "e\u0301",
  "İ",
  "\r\n",
  "%FF",
  "%00",
  "sc_01JXXXXXXXXXXXXXXXXXXXXXXX",
  "prod_",
  "x".repeat(300),
]

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SQL_SHAPES, ...ODD, ...PROTOTYPE_KEYS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z_]{1,12}(\.[a-z_*]{1,12}){0,3}$/) },
)

const FIELD_NAMES = [
  "id",
  "name",
  "title",
  "handle",
  "status",
  "metadata",
  "description",
  "is_disabled",
  "type",
  "token",
  "salt",
  "fields",
  "order",
  "q",
  "limit",
  "offset",
  "add",
  "remove",
  "items",
  "variant_id",
  "quantity",
  "region_id",
  "sales_channels",
  "sales_channel_id",
  "variants",
  "options",
  "values",
  "prices",
  "amount",
  "currency_code",
  "email",
  "password",
  "address",
  "$and",
  "$or",
  "$gt",
  "$in",
  "$like",
  "$re",
  "$eq",
]

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: hostileString },
)

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) goes out as the bytes
 * a careless encoder writes for it: `%ED%A0%80`, which is not UTF-8.
 */
export function encodeLoosely(value: string): string {
  return value.replace(/[\ud800-\udbff][\udc00-\udfff]|[^]/g, (c) => {
    try {
      return encodeURIComponent(c)
    } catch {
      return "%ED%A0%80"
    }
  })
}

/** A JSON value as a tree whose objects are entry lists: rendered as written, keys and all. */
export type JsonTree =
  | { leaf: string | number | boolean | null }
  | { raw: string }
  | { list: JsonTree[] }
  | { entries: [string, JsonTree][] }

const leaf: fc.Arbitrary<JsonTree> = fc
  .oneof(
    hostileString,
    fc.integer(),
    fc.constantFrom(0, -0, 1e308, -1e308, 2 ** 53 + 1, 0.1, -1, 1e-300),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  )
  .map((v) => ({ leaf: v }))

export const jsonTree: fc.Arbitrary<JsonTree> = fc.letrec<{ tree: JsonTree }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 4, depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("tree"), { maxLength: 4 }).map((list) => ({ list })),
    fc.array(fc.tuple(hostileKey, tie("tree")), { maxLength: 4 }).map((entries) => ({ entries })),
  ),
})).tree

export function render(tree: JsonTree): string {
  if ("leaf" in tree) return JSON.stringify(tree.leaf)
  if ("raw" in tree) return tree.raw
  if ("list" in tree) return `[${tree.list.map(render).join(",")}]`
  return `{${tree.entries.map(([k, v]) => `${JSON.stringify(k)}:${render(v)}`).join(",")}}`
}

/** A plain value (no prototype keys: those only travel as rendered text) as a tree. */
export function toTree(value: unknown): JsonTree {
  if (Array.isArray(value)) return { list: value.map(toTree) }
  if (value && typeof value === "object") return { entries: Object.entries(value).map(([k, v]) => [k, toTree(v)]) }
  return { leaf: value as string | number | boolean | null }
}

/** Every position in a tree, as the path of indices that leads there. */
function positions(tree: JsonTree, at: number[] = [], out: number[][] = []): number[][] {
  out.push(at)
  if ("list" in tree) tree.list.forEach((t, i) => positions(t, [...at, i], out))
  if ("entries" in tree) tree.entries.forEach(([, t], i) => positions(t, [...at, i], out))
  return out
}

function replaceAt(tree: JsonTree, path: number[], make: (old: JsonTree) => JsonTree): JsonTree {
  if (path.length === 0) return make(tree)
  const [head, ...rest] = path
  if ("list" in tree) return { list: tree.list.map((t, i) => (i === head ? replaceAt(t, rest, make) : t)) }
  if ("entries" in tree)
    return { entries: tree.entries.map(([k, t], i) => [k, i === head ? replaceAt(t, rest, make) : t]) }
  return tree
}

export type Mutation =
  | { kind: "replace"; at: number; value: JsonTree }
  | { kind: "add-key"; at: number; key: string; value: JsonTree }
  | { kind: "huge-array"; at: number; length: number }
  | { kind: "deep"; at: number; depth: number }

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: jsonTree }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("add-key" as const), at: fc.nat(), key: hostileKey, value: jsonTree }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("huge-array" as const),
      at: fc.nat(),
      length: fc.integer({ min: 1000, max: 12_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("deep" as const),
      at: fc.nat(),
      depth: fc.integer({ min: 10, max: 5000 }),
    }),
  },
)

/** A valid body with one hostile change somewhere in it: gets past the first checks. */
export function mutate(valid: unknown, change: Mutation): JsonTree {
  const tree = toTree(valid)
  const all = positions(tree)
  const path = all[change.at % all.length]
  switch (change.kind) {
    case "replace":
      return replaceAt(tree, path, () => change.value)
    case "add-key": {
      const objects = all.filter((p) => "entries" in at(tree, p))
      const target = objects.length ? objects[change.at % objects.length] : []
      return replaceAt(tree, target, (t) =>
        "entries" in t ? { entries: [...t.entries, [change.key, change.value]] } : t,
      )
    }
    case "huge-array":
      return replaceAt(tree, path, (t) => ({ list: Array.from({ length: change.length }, () => t) }))
    case "deep":
      // as text: a tree that deep would overflow the stack of whoever walks it
      return replaceAt(tree, path, (t) => ({ raw: "[".repeat(change.depth) + render(t) + "]".repeat(change.depth) }))
  }
}

function at(tree: JsonTree, path: number[]): JsonTree {
  let t = tree
  for (const i of path) t = "list" in t ? t.list[i] : "entries" in t ? t.entries[i][1] : t
  return t
}

/** Medusa's error bodies: `{type, message, code?}`; the auth gate's 401 is `{message}` alone. */
export function assertErrorShape(status: number, body: unknown, what: string) {
  assert.ok(status < 500, `${what}: ${status} ${JSON.stringify(body)}`)
  if (status < 400) return
  assert.ok(body && typeof body === "object" && !Array.isArray(body), `${what}: ${status} body ${JSON.stringify(body)}`)
  const b = body as Record<string, unknown>
  assert.equal(typeof b.message, "string", `${what}: no message in ${JSON.stringify(body)}`)
  if (status !== 401) assert.equal(typeof b.type, "string", `${what}: no type in ${JSON.stringify(body)}`)
  for (const key of Object.keys(b))
    assert.ok(
      ["type", "message", "code", "errors"].includes(key),
      `${what}: unexpected key ${key} in ${JSON.stringify(body)}`,
    )
  assert.ok(!/\bat .+:\d+:\d+\)?/.test(String(b.message)), `${what}: a stack trace in the message`)
}

/**
 * Row counts and latest updates of every table, in one statement: equal before and after a
 * refused request means it wrote nothing (the key gate's `last_used_at` touches no updated_at).
 */
export async function fingerprinter(pool: pg.Pool): Promise<() => Promise<string>> {
  const { rows } = await pool.query<{ table_name: string; has_updated: boolean }>(
    `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public'
        AND c.table_name = t.table_name AND c.column_name = 'updated_at') AS has_updated
       FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
  )
  const parts = rows.map(
    (r) =>
      `'${r.table_name}:' || (SELECT count(*)${r.has_updated ? " || '@' || coalesce(max(updated_at)::text, '')" : ""} FROM "${r.table_name}")`,
  )
  // `||`, not a function: functions take at most 100 arguments
  const text = `SELECT ${parts.join(" || ' ' || ")} AS f`
  return async () => (await pool.query<{ f: string }>(text)).rows[0].f
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype]

/** Snapshot of the built-in prototypes' own keys: `polluted()` names anything added since. */
export function prototypeWatch() {
  const before = prototypes.map((p) => new Set(Reflect.ownKeys(p)))
  return () =>
    prototypes
      .flatMap((p, i) =>
        Reflect.ownKeys(p)
          .filter((k) => !before[i].has(k))
          .map(String),
      )
      .concat(({} as Record<string, unknown>).polluted !== undefined ? ["polluted"] : [])
}

/** Sends raw bytes over TCP and returns the status and the parsed body (or the raw text). */
export function rawRequest(url: string, bytes: Buffer): Promise<{ status: number; body: unknown; raw: string }> {
  const u = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(u.port), u.hostname, () => socket.write(bytes))
    const chunks: Buffer[] = []
    socket.on("data", (d) => chunks.push(d))
    socket.on("error", reject)
    socket.on("close", () => {
      const raw = Buffer.concat(chunks).toString("utf8")
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0)
      const text = raw.slice(raw.indexOf("\r\n\r\n") + 4)
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // chunked or empty
      }
      resolve({ status, body, raw })
    })
  })
}
