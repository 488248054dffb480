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
  return clusterUsage(pgDataDir).cpuMs
}

/** The cluster's CPU (as clusterCpuMs) and minor page faults (memory first touched) so far. */
export function clusterUsage(pgDataDir: string): { cpuMs: number; minorFaults: number } {
  let postmaster: number
  try {
    postmaster = Number(readFileSync(join(pgDataDir, "postmaster.pid"), "utf8").split("\n")[0])
  } catch {
    return { cpuMs: 0, minorFaults: 0 }
  }
  let ticks = 0
  let minorFaults = 0
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const f = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ").map(Number)
      if (Number(entry) === postmaster) {
        ticks += f[11] + f[12] + f[13] + f[14]
        minorFaults += f[7] + f[8]
      } else if (f[1] === postmaster) {
        ticks += f[11] + f[12]
        minorFaults += f[7]
      }
    } catch {
      // exited while being read
    }
  }
  return { cpuMs: ticks * TICK_MS, minorFaults }
}
