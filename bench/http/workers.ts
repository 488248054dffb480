import { load, type LoadResult } from "./load.js"
import { NODE_FLAGS, startProcess } from "./server-process.js"

/** `--workers N` on the command line (undefined without it). */
export function workersArg(argv: string[]): number | undefined {
  const at = argv.indexOf("--workers")
  if (at < 0) return undefined
  const n = Number(argv[at + 1])
  if (!Number.isInteger(n) || n < 1) throw new Error("--workers takes a whole number above 0")
  return n
}

/**
 * The store listing, cached and uncached, from `start --workers 1` and `start --workers N` on the
 * same database (each started fresh, loaded, stopped): what more worker processes buy here.
 */
export async function loadByWorkers(
  n: number,
  env: NodeJS.ProcessEnv,
  path: string,
  headers: Record<string, string>,
  opts: { duration: number; connections: number },
): Promise<Record<string, LoadResult>> {
  const out: Record<string, LoadResult> = {}
  for (const workers of [...new Set([1, n])]) {
    for (const cache of ["on", "off"]) {
      const command = [...NODE_FLAGS, "dist/cli/main.js", "start", "--workers", String(workers)]
      const server = await startProcess(command, { ...env, SALESGRAPH_HTTP_CACHE: cache })
      try {
        out[`store_products_${cache === "on" ? "cached" : "uncached"}_workers_${workers}`] = await load(
          server.url,
          path,
          headers,
          opts,
        )
      } finally {
        await server.stop()
      }
    }
  }
  return out
}
