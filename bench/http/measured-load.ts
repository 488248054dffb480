import { load, type LoadResult } from "./load.js"
import { clusterUsage, cpuMs } from "./process-cpu.js"
import type { ServerProcess } from "./server-process.js"

/** A load with what the server and its database spent per answer (µs of CPU; the cluster's minor page faults). */
export type MeasuredLoad = LoadResult & { cpu_us: number; db_cpu_us: number; db_minor_faults: number }

/**
 * A load, with the CPU the server process and the PostgreSQL cluster in `pgDir` spent per answer:
 * steadier than rates on a shared machine (a server without a database, like the wire server,
 * gets the cluster's idle work). The 20 warm-up requests count as answers.
 */
export async function measuredLoad(
  server: ServerProcess,
  pgDir: string,
  path: string,
  headers: Record<string, string>,
  opts: { duration: number; connections: number },
): Promise<MeasuredLoad> {
  const before = { cpu: cpuMs(server.pid), db: clusterUsage(pgDir) }
  const r = await load(server.url, path, headers, opts)
  const after = clusterUsage(pgDir)
  const per = (n: number, scale: number) => Math.round((n * scale) / (r.requests_total + 20))
  return {
    ...r,
    cpu_us: per(cpuMs(server.pid) - before.cpu, 1000),
    db_cpu_us: per(after.cpuMs - before.db.cpuMs, 1000),
    db_minor_faults: per(after.minorFaults - before.db.minorFaults, 1),
  }
}
