import { writeFileSync } from "node:fs"

/** Headers a bare route must repeat for its answer to match salesgraph's on the wire. */
const KEPT = ["content-type", "etag", "cache-control", "vary", "x-request-id"]

/**
 * Fetches each path once from `base` (as the load generator would, without compression) and
 * writes the exact body bytes and the headers that shape the response to `file` for the wire server.
 */
export async function captureResponses(
  base: string,
  paths: string[],
  headers: Record<string, string>,
  file: string,
): Promise<Record<string, number>> {
  const out: Record<string, { body: string; headers: Record<string, string> }> = {}
  const sizes: Record<string, number> = {}
  for (const path of paths) {
    const res = await fetch(base + path, { headers: { ...headers, "accept-encoding": "identity" } })
    const body = Buffer.from(await res.arrayBuffer())
    const kept: Record<string, string> = {}
    for (const name of KEPT) {
      const value = res.headers.get(name)
      if (value !== null) kept[name] = value
    }
    out[path] = { body: body.toString("base64"), headers: kept }
    sizes[path] = body.length
  }
  writeFileSync(file, JSON.stringify(out))
  return sizes
}
