import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** The repository root (e2e/support/ is two levels down). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url))

/** A port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Runs `salesgraph <args>` from the sources with this environment; resolves with its stdout. */
export function salesgraph(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    let err = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (err += d))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`salesgraph ${args.join(" ")}: exit ${code}\n${out}\n${err}`)),
    )
  })
}

export interface RunningSalesgraph {
  url: string
  env: Record<string, string>
  /** stops the server (SIGTERM, then its embedded PostgreSQL stops) and removes its data dir */
  stop(): Promise<void>
}

/** `salesgraph start` on a fresh temporary data dir (embedded PostgreSQL) and a free port. */
export async function startSalesgraph(): Promise<RunningSalesgraph> {
  const dataDir = mkdtempSync(join(tmpdir(), "salesgraph-e2e-"))
  const port = await freePort()
  const env = {
    PORT: String(port),
    HOST: "127.0.0.1",
    SALESGRAPH_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    DATABASE_URL: "",
  }
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "start"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()))
  await new Promise<void>((resolve, reject) => {
    let out = ""
    child.stdout!.on("data", (d) => {
      out += d
      if (out.includes("salesgraph listening on")) resolve()
    })
    child.on("exit", (code) => reject(new Error(`salesgraph start exited (${code}) before listening:\n${out}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    env,
    async stop() {
      child.kill("SIGTERM")
      await exited
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
