import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

const TICK_MS = 10 // USER_HZ is 100 on Linux

/** Milliseconds of CPU (user + system) process `pid` has used so far, from /proc. */
export function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
  return (Number(f[11]) + Number(f[12])) * TICK_MS
}

/**
 * Milliseconds of CPU used so far by the PostgreSQL cluster in `pgDataDir`: the postmaster, its
 * live backends, and (the postmaster's children's times) the backends it has reaped; 0 when it is
 * not running.
 */
export function clusterCpuMs(pgDataDir: string): number {
  let postmaster: number
  try {
    postmaster = Number(readFileSync(join(pgDataDir, "postmaster.pid"), "utf8").split("\n")[0])
  } catch {
    return 0
  }
  let total = 0
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const f = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")
      if (Number(entry) === postmaster)
        total += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS
      else if (Number(f[1]) === postmaster) total += (Number(f[11]) + Number(f[12])) * TICK_MS
    } catch {
      // exited while being read
    }
  }
  return total
}
