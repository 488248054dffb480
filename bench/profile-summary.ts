/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) as shares of self time: by function and by
 * module (npm package, or salesgraph's own top folder, or node: internals). Shares stay
 * meaningful on a loaded machine, where absolute times do not.
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [top=20]
 * Env: WINDOW=from-to (seconds since the profile's start; e.g. the load test's seconds only).
 * "inclusive" counts a sample once for every distinct function on its stack.
 */
import { readFileSync } from "node:fs"

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  startTime: number
  nodes: Node[]
  samples: number[]
  timeDeltas: number[]
}

/** `node_modules/@fastify/static/…` → `@fastify/static`; `dist/http/…` → `salesgraph http` */
export function moduleOf(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)"
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]
  if (url.startsWith("node:")) return "node: internals"
  const own = url.match(/\/(?:dist|src|bench)\/([^/]+)/)
  return own ? `salesgraph ${own[1]}` : url
}

const keyOf = ({ functionName, url, lineNumber }: Node["callFrame"]) => {
  const file = url.split("/").slice(-2).join("/")
  return `${functionName || "(anonymous)"} ${file}${file ? `:${lineNumber + 1}` : ""}`
}

export function summarise(profile: Profile, window?: [number, number]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<number, number>()
  let at = 0
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0
    at += dt
    if (window && (at < window[0] * 1e6 || at > window[1] * 1e6)) return
    self.set(id, (self.get(id) ?? 0) + dt)
  })
  const inclusive = new Map<string, number>()
  for (const [id, t] of self) {
    if (byId.get(id)!.callFrame.functionName === "(idle)") continue
    const seen = new Set<string>()
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(byId.get(n)!.callFrame))
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + t)
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)")
  const idleUs = idle.reduce((a, [, t]) => a + t, 0)
  const fns = new Map<string, number>()
  const mods = new Map<string, number>()
  for (const [id, t] of self) {
    const { functionName, url } = byId.get(id)!.callFrame
    if (functionName === "(idle)") continue
    const key = keyOf(byId.get(id)!.callFrame)
    fns.set(key, (fns.get(key) ?? 0) + t)
    const mod = moduleOf(url, functionName)
    mods.set(mod, (mods.get(mod) ?? 0) + t)
  }
  const busy = total - idleUs
  const rank = (m: Map<string, number>, top: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => ({ name, pct: Math.round((1000 * t) / busy) / 10 }))
  return {
    totalMs: Math.round(total / 1000),
    idlePct: Math.round((1000 * idleUs) / total) / 10,
    functions: (top: number) => rank(fns, top),
    modules: (top: number) => rank(mods, top),
    inclusive: (top: number) => rank(inclusive, top),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const top = Number(process.argv[3] ?? 20)
  const window = process.env.WINDOW?.split("-").map(Number) as [number, number] | undefined
  const s = summarise(JSON.parse(readFileSync(process.argv[2], "utf8")) as Profile, window)
  const show = (rows: { name: string; pct: number }[]) =>
    rows.forEach(({ name, pct }) => console.log(`${pct.toFixed(1).padStart(5)} %  ${name}`))
  console.log(`profile ${s.totalMs} ms, idle ${s.idlePct} %; shares of busy (non-idle) time`)
  console.log("\nby module:")
  show(s.modules(top))
  console.log("\nby function (self time):")
  show(s.functions(top))
  console.log("\ninclusive (own code and packages; the root and event loop frames are 100 %):")
  show(s.inclusive(top * 2).filter((r) => !/^\(root\)|^\(program\)/.test(r.name)))
}
