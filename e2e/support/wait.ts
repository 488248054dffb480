import { createServer } from "node:net"

/** A port the system has free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Polls `url` until it answers `status` (generous bound: a loaded machine starts slowly). */
export async function waitForUrl(
  url: string,
  options: { status?: number; timeoutMs?: number; alive?: () => boolean } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 180_000)
  let last = ""
  while (Date.now() < deadline) {
    if (options.alive && !options.alive()) throw new Error(`the process serving ${url} exited`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      if (res.status === (options.status ?? 200)) return
      last = `status ${res.status}`
    } catch (e) {
      last = String(e)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer in time (${last})`)
}
