import { spawn, type ChildProcess } from "node:child_process"
import { readFileSync, rmSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { join } from "node:path"
import { startEmbeddedCluster } from "../../db/embedded/cluster.js"
import { createTestDatabase } from "../../test-support/database.js"
import { loaderArgs, moduleFile, nodeEntry } from "../../test-support/node-entry.js"

/** The checkout root: children run `src/cli/main.ts` from it, as `npm run dev` does. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url))

/**
 * Where a salesgraph child process keeps its data, on whichever database `npm test` runs:
 * a fresh database on the server (DATABASE_URL), or a temporary SALESGRAPH_DATA_DIR whose
 * embedded PostgreSQL the child starts, leaves running when killed and adopts again.
 */
export interface ChildDatabase {
  mode: "server" | "embedded"
  /** the child's environment for this database */
  env: Record<string, string | undefined>
  /** a connection string for the test's own checks (after the first start, for embedded) */
  connectionString(): Promise<string>
  dispose(): Promise<void>
}

/** `empty`: on the server, a database without the migrated template's tables (embedded ones start empty). */
export async function childDatabase(dataDir: string, options: { empty?: boolean } = {}): Promise<ChildDatabase> {
  if (process.env.SALESGRAPH_TEST_DB_MODE === "server") {
    const db = await createTestDatabase(options)
    return {
      mode: "server",
      env: { DATABASE_URL: db.url, SALESGRAPH_DATA_DIR: undefined },
      connectionString: async () => db.url,
      dispose: () => db.drop(),
    }
  }
  let cluster: Awaited<ReturnType<typeof startEmbeddedCluster>> | undefined
  return {
    mode: "embedded",
    env: { DATABASE_URL: undefined, SALESGRAPH_DATA_DIR: dataDir },
    async connectionString() {
      // adopts the server the child started (it outlives a SIGKILLed child)
      cluster ??= await startEmbeddedCluster({ dataDir })
      return cluster.connectionString
    },
    async dispose() {
      await cluster?.stop().catch(() => {})
      // a failed test may leave the server running: stop it by its pid file
      try {
        const pid = Number(readFileSync(join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0])
        if (pid > 0) process.kill(pid, "SIGINT")
        for (let i = 0; i < 500; i++) {
          process.kill(pid, 0)
          await new Promise((r) => setTimeout(r, 10))
        }
      } catch {
        // no pid file, or the server is gone
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export interface Started {
  url: string
  publishableKey: string
}

/** One `salesgraph start` child: started, killed (SIGKILL) or stopped (SIGTERM). */
export class SalesgraphProcess {
  private child?: ChildProcess
  private exit?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  stderr = ""
  /** what the last start printed on stdout (the JSON log lines at LOG_LEVEL=info) */
  stdout = ""

  constructor(private readonly env: Record<string, string | undefined>) {}

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null
  }

  /** Spawns `salesgraph start` on a free port and resolves once it listens. */
  start(extraEnv: Record<string, string | undefined> = {}): Promise<Started> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      ...this.env,
      ...extraEnv,
    }
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k]
    // the crash suite's event sink and kill switch, preloaded: the production entry point has no test hooks
    const hooks = env.SALESGRAPH_TEST_EVENT_SINK
      ? ["--import", moduleFile("./src/reliability/test-support/crash-hooks.ts")]
      : []
    const child = spawn(process.execPath, [...loaderArgs(), ...hooks, moduleFile("src/cli/main.ts"), "start"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    this.child = child
    this.stderr = ""
    this.stdout = ""
    this.exit = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
    child.stderr!.on("data", (d) => (this.stderr += String(d)))
    return new Promise((resolve, reject) => {
      let out = ""
      child.stdout!.on("data", (d) => {
        out += String(d)
        this.stdout += String(d)
        const url = /listening on (http:\/\/\S+)/.exec(out)?.[1]
        const key = /publishable API key: (pk_\w+)/.exec(out)?.[1]
        if (url && key) resolve({ url, publishableKey: key })
      })
      void this.exit!.then(({ code, signal }) =>
        reject(new Error(`salesgraph exited before listening (${code ?? signal}):\n${out}\n${this.stderr}`)),
      )
    })
  }

  /** SIGKILL: no shutdown work of any kind. */
  async kill(): Promise<void> {
    if (this.running) this.child!.kill("SIGKILL")
    await this.exit
  }

  /** Resolves when the child is gone (it may kill itself: SALESGRAPH_TEST_KILL_AT). */
  async exited() {
    return this.exit
  }

  /** SIGTERM: the clean stop (in-flight requests finish, the outbox is drained). */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.running) this.child!.kill("SIGTERM")
    return this.exit!
  }
}

/** Runs a salesgraph CLI command to its end (e.g. `user -e … -p …`). */
export function runCli(args: string[], env: Record<string, string | undefined>): Promise<string> {
  const full: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", ...env }
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeEntry("src/cli/main.ts"), ...args], { cwd: ROOT, env: full })
    let out = ""
    child.stdout.on("data", (d) => (out += String(d)))
    child.stderr.on("data", (d) => (out += String(d)))
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`salesgraph ${args[0]} failed (${code}): ${out}`)),
    )
  })
}

export class ConnectionLost extends Error {}

export interface Reply {
  status: number
  body: any
  headers?: Headers
}

/** A request that tells a refused answer (any status) from a lost connection (ConnectionLost). */
export async function send(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; key?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.key) headers["x-publishable-api-key"] = options.key
  let res: Response
  let text: string
  try {
    res = await fetch(base + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    text = await res.text()
  } catch (error) {
    throw new ConnectionLost(`${method} ${path}: ${(error as Error).message}`)
  }
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, body, headers: res.headers }
}

/** A small seeded generator, so a failing run can be replayed with its seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    subset: <T>(items: readonly T[], p = 0.5) => items.filter(() => next() < p),
  }
}
