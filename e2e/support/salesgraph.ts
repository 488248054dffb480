import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { run, spawnGroup } from "./processes.js"
import { freePort, waitForUrl } from "./wait.js"

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url))

export interface Salesgraph {
  url: string
  /** the server's log (pino JSON lines) */
  log: string
  /** runs `salesgraph <args>` on the same database; resolves with its output */
  cli(args: string[]): Promise<string>
  stop(): Promise<void>
}

/** `salesgraph start` from the sources, on a fresh embedded database in a temp dir, on a free port. */
export async function startSalesgraph(): Promise<Salesgraph> {
  const dir = mkdtempSync(join(tmpdir(), "salesgraph-e2e-"))
  // run as root, the embedded PostgreSQL runs as another user, which must reach its data dir
  chmodSync(dir, 0o755)
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    SALESGRAPH_DATA_DIR: join(dir, "data"),
    LOG_LEVEL: "info",
    LOG_REQUESTS: "1",
    DATABASE_URL: "",
  }
  delete env.SALESGRAPH_CONFIG
  const main = join(REPO_ROOT, "src/cli/main.ts")
  const log = join(dir, "server.log")
  const server = spawnGroup(process.execPath, ["--import", "tsx", main, "start"], { cwd: REPO_ROOT, env, log })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForUrl(`${url}/ready`, { alive: () => server.child.exitCode === null })
  } catch (e) {
    await server.stop()
    throw new Error(`${(e as Error).message}\n${readFileSync(log, "utf8").slice(-3000)}`)
  }
  let runs = 0
  return {
    url,
    log,
    async cli(args) {
      const out = join(dir, `cli-${++runs}.log`)
      await run(process.execPath, ["--import", "tsx", main, ...args], { cwd: REPO_ROOT, env, log: out })
      return readFileSync(out, "utf8")
    },
    async stop() {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface FailedRequest {
  status: number
  method: string
  path: string
}

/** The requests the server answered with `min` or above, from its log (a storefront's server-side calls show only there). */
export function failedRequests(log: string, min = 400): FailedRequest[] {
  const requests = new Map<string, { method: string; url: string }>()
  const failed: FailedRequest[] = []
  for (const line of readFileSync(log, "utf8").split("\n")) {
    if (!line.startsWith("{")) continue
    const entry = JSON.parse(line) as {
      reqId?: string
      req?: { method: string; url: string }
      res?: { statusCode: number }
    }
    if (entry.req && entry.reqId) requests.set(entry.reqId, entry.req)
    const req = entry.reqId ? requests.get(entry.reqId) : undefined
    if (entry.res && entry.res.statusCode >= min && req)
      failed.push({ status: entry.res.statusCode, method: req.method, path: req.url.split("?")[0] })
  }
  return failed
}
