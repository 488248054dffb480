import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs"
import { join } from "node:path"

/** Whether a process with this pid exists (EPERM: it does, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

const inProcess = new Map<string, Promise<unknown>>()

/**
 * Runs `fn` while holding the data directory's lock: two salesgraph processes starting or
 * stopping the embedded PostgreSQL at once (say the server and a `salesgraph user` run beside it
 * on a first start) take turns instead of both running initdb in the same directory. The lock is
 * a file created exclusively that holds the pid; one left by a dead process is taken over.
 */
export function withDataDirLock<T>(dataDir: string, fn: () => Promise<T>, timeoutMs = 180_000): Promise<T> {
  const path = join(dataDir, ".lock")
  const run = (inProcess.get(path) ?? Promise.resolve()).catch(() => {}).then(() => withFileLock(path, fn, timeoutMs))
  inProcess.set(path, run)
  return run.finally(() => {
    if (inProcess.get(path) === run) inProcess.delete(path)
  })
}

async function withFileLock<T>(path: string, fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let unreadableSince: number | undefined
  for (;;) {
    try {
      const fd = openSync(path, "wx", 0o600)
      writeSync(fd, String(process.pid))
      closeSync(fd)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
    }
    let holder = NaN
    try {
      holder = Number(readFileSync(path, "utf8").trim())
    } catch {
      continue // released between the two calls
    }
    // a pid that is gone (or this process's own, left by a crash of an earlier run of it)
    const stale =
      holder > 0 ? holder === process.pid || !isAlive(holder) : Date.now() - (unreadableSince ??= Date.now()) > 2_000
    if (stale) {
      rmSync(path, { force: true })
      unreadableSince = undefined
      continue
    }
    if (Date.now() > deadline) throw new Error(`the embedded database is locked by process ${holder} (${path})`)
    await new Promise((r) => setTimeout(r, 50))
  }
  try {
    return await fn()
  } finally {
    rmSync(path, { force: true })
  }
}
