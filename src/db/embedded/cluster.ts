import { execFile, execFileSync, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { createServer } from "node:net"
import { join, resolve } from "node:path"
import { promisify } from "node:util"
import { newClient, withClient } from "../client.js"
import { findBinaries } from "./binaries.js"
import { connectError, joinRunning } from "./join.js"
import { isAlive, withDataDirLock } from "./lock.js"
import { Supervisor, type SupervisorEvents } from "./supervisor.js"

/**
 * The embedded PostgreSQL: initialised on first use in SALESGRAPH_DATA_DIR, started as a
 * detached server on a free loopback port, adopted when a previous process left it running
 * (SIGKILL), stopped by the last salesgraph process that uses it.
 */

export interface EmbeddedCluster {
  connectionString: string
  /** Watches the server and starts it again if it dies (a long-running `start` does). */
  supervise(events: SupervisorEvents): void
  /** Stops the server unless another salesgraph process still uses it. */
  stop(): Promise<void>
}

export interface EmbeddedOptions {
  dataDir: string
  database?: string
  log?: (message: string) => void
}

// Settings measured to matter on the small machines this runs on; durability settings are
// PostgreSQL's defaults (fsync and synchronous_commit on): an acknowledged write survives.
const SERVER_SETTINGS = [
  "listen_addresses=127.0.0.1",
  "unix_socket_directories=",
  "jit=off",
  "shared_buffers=128MB",
  "work_mem=16MB",
  "effective_cache_size=1GB",
  "random_page_cost=1.1",
  "max_connections=200",
  "max_wal_size=2GB",
  "checkpoint_timeout=15min",
  "wal_compression=on",
]

interface Credentials {
  user: string
  password: string
}

function runAsIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {}
  // PostgreSQL refuses to run as root: run it as the `postgres` user, created if missing.
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim())
  try {
    return { uid: id("-u"), gid: id("-g") }
  } catch {
    try {
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" })
    } catch {
      // group may exist already
    }
    execFileSync("useradd", ["--system", "-g", "postgres", "postgres"], { stdio: "ignore" })
    return { uid: id("-u"), gid: id("-g") }
  }
}

function chownTo(path: string, ids: { uid?: number; gid?: number }) {
  if (ids.uid !== undefined && ids.gid !== undefined) chownSync(path, ids.uid, ids.gid)
}

const execFileAsync = promisify(execFile)

/** initdb runs asynchronously: the JavaScript thread meanwhile loads the HTTP layer (start.md). */
async function initialise(dataDir: string, pgdata: string, ids: { uid?: number; gid?: number }): Promise<Credentials> {
  const { initdb } = findBinaries()
  const credentials: Credentials = { user: "postgres", password: randomBytes(18).toString("base64url") }
  const staging = pgdata + ".init"
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { mode: 0o700 })
  chownTo(staging, ids)
  const pwfile = join(dataDir, ".pwfile")
  writeFileSync(pwfile, credentials.password + "\n", { mode: 0o600 })
  chownTo(pwfile, ids)
  try {
    await execFileAsync(
      initdb,
      ["-D", staging, "-U", credentials.user, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C"],
      { ...ids, env: { ...process.env, LC_ALL: "C" } },
    )
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? "")
    throw new Error(`initdb failed in ${staging}: ${stderr.trim() || (error as Error).message}`)
  } finally {
    rmSync(pwfile, { force: true })
  }
  writeFileSync(join(dataDir, "credentials.json"), JSON.stringify(credentials), { mode: 0o600 })
  // a half-initialised directory never takes the real name, so a killed initdb is retried cleanly
  renameSync(staging, pgdata)
  return credentials
}

/** The server recorded in postmaster.pid, when that process is a live postgres on this directory. */
function liveServer(pgdata: string): { pid: number; port: number } | undefined {
  const pidFile = join(pgdata, "postmaster.pid")
  if (!existsSync(pidFile)) return undefined
  const lines = readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(lines[0])
  const port = Number(lines[3])
  let cmdline = ""
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8")
  } catch {
    cmdline = isAlive(pid) ? "postgres" : ""
  }
  if (pid > 0 && isAlive(pid) && cmdline.includes("postgres")) return { pid, port }
  // stale: the pid died (or was reused by something else); postgres would refuse to start
  rmSync(pidFile, { force: true })
  return undefined
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolvePort(typeof address === "object" && address ? address.port : 0))
    })
  })
}

async function canConnect(url: string): Promise<boolean> {
  return (await connectError(url, 1000)) === undefined
}

function url(c: Credentials, port: number, database: string): string {
  return `postgres://${c.user}:${encodeURIComponent(c.password)}@127.0.0.1:${port}/${database}`
}

async function spawnServer(pgdata: string, logFile: string, ids: { uid?: number; gid?: number }, port: number) {
  const { postgres } = findBinaries()
  const out = openSync(logFile, "a")
  try {
    const args = ["-D", pgdata, "-p", String(port), ...SERVER_SETTINGS.flatMap((s) => ["-c", s])]
    const child = spawn(postgres, args, { ...ids, detached: true, stdio: ["ignore", out, out] })
    child.unref()
    return child
  } finally {
    closeSync(out)
  }
}

async function waitReady(admin: string, child: { exitCode: number | null }, logFile: string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const tail = readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")
      throw new Error(`embedded PostgreSQL exited during startup:\n${tail}`)
    }
    if (await canConnect(admin)) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error("embedded PostgreSQL did not accept connections within 60 s")
}

async function ensureDatabase(adminUrl: string, database: string) {
  await withClient({ connectionString: adminUrl }, async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [database])
    if (found.rowCount === 0) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`).catch((e) => {
        if (e.code !== "42P04") throw e // created concurrently by another process
      })
    }
  })
}

export async function startEmbeddedCluster(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => {})
  const dataDir = resolve(options.dataDir)
  const database = options.database ?? "salesgraph"
  const pgdata = join(dataDir, "pg")
  const logFile = join(dataDir, "postgres.log")
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const ids = runAsIds()
  // the server (running as `postgres` when we are root) must reach its files
  chownTo(dataDir, ids)

  // initialise, start or adopt, and make the database: one process at a time per directory
  const { credentials, port, pid } = await withDataDirLock(dataDir, () =>
    startLocked(dataDir, pgdata, logFile, database, ids, log),
  )
  let supervisor: Supervisor | undefined

  return {
    connectionString: url(credentials, port, database),
    supervise(events) {
      const restart = () =>
        withDataDirLock(dataDir, () => restartLocked(pgdata, logFile, ids, url(credentials, port, "postgres"), port))
      supervisor ??= new Supervisor(pid, restart, events)
      supervisor.start()
    },
    stop: async () => {
      await supervisor?.stop() // a deliberate stop is no crash to recover from
      await withDataDirLock(dataDir, async () => {
        const live = liveServer(pgdata)
        if (!live) return
        if (await othersConnected(url(credentials, port, "postgres"))) {
          log("embedded PostgreSQL left running: another salesgraph process uses it")
          return
        }
        process.kill(live.pid, "SIGINT") // fast shutdown: clean, no recovery needed next start
        const deadline = Date.now() + 15_000
        while (isAlive(live.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      })
    },
  }
}

/** Starts the server again on its data directory and port (or adopts it, if another process did). */
async function restartLocked(
  pgdata: string,
  logFile: string,
  ids: { uid?: number; gid?: number },
  adminUrl: string,
  port: number,
) {
  const live = liveServer(pgdata)
  if (live) {
    if (live.port !== port)
      throw new Error(`another process started it on port ${live.port}, not ${port}: restart salesgraph`)
    return live.pid
  }
  const child = await spawnServer(pgdata, logFile, ids, port)
  await waitReady(adminUrl, child, logFile)
  return child.pid!
}

async function startLocked(
  dataDir: string,
  pgdata: string,
  logFile: string,
  database: string,
  ids: { uid?: number; gid?: number },
  log: (message: string) => void,
): Promise<{ credentials: Credentials; port: number; pid: number }> {
  let credentials: Credentials
  const running = liveServer(pgdata)
  if (running && !existsSync(join(dataDir, "credentials.json"))) {
    throw new Error(
      `the embedded PostgreSQL in ${pgdata} is already running (pid ${running.pid}) but ${dataDir}/credentials.json is missing: this salesgraph cannot join it, and will not start a second server on that directory`,
    )
  }
  if (existsSync(join(pgdata, "PG_VERSION")) && existsSync(join(dataDir, "credentials.json"))) {
    credentials = JSON.parse(readFileSync(join(dataDir, "credentials.json"), "utf8"))
  } else {
    log(`initialising embedded PostgreSQL in ${pgdata}`)
    rmSync(pgdata, { recursive: true, force: true })
    credentials = await initialise(dataDir, pgdata, ids)
  }
  if (!existsSync(logFile)) writeFileSync(logFile, "")
  chownTo(logFile, ids)

  let server = liveServer(pgdata)
  if (server) {
    log(`joining the embedded PostgreSQL already running (pid ${server.pid}, port ${server.port})`)
    await joinRunning(url(credentials, server.port, "postgres"), server, pgdata)
  } else {
    for (let attempt = 0; !server; attempt++) {
      const port = await freePort()
      const child = await spawnServer(pgdata, logFile, ids, port)
      try {
        await waitReady(url(credentials, port, "postgres"), child, logFile)
        server = { pid: child.pid!, port }
      } catch (error) {
        // another process may have started it at the same moment: adopt that one
        server = liveServer(pgdata)
        if (!server && attempt >= 2) throw error
      }
    }
  }
  const port = server.port
  await ensureDatabase(url(credentials, port, "postgres"), database)
  return { credentials, port, pid: server.pid }
}

async function othersConnected(adminUrl: string): Promise<boolean> {
  const client = newClient({ connectionString: adminUrl, application_name: "salesgraph-stop" })
  try {
    await client.connect()
    const r = await client.query(
      `select count(*)::int as n from pg_stat_activity
        where application_name like 'salesgraph:%' and application_name <> $1`,
      [`salesgraph:${process.pid}`],
    )
    return r.rows[0].n > 0
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}
