import autocannon from "autocannon"

export interface LoadResult {
  path: string
  rps_avg: number
  latency_p50_ms: number
  latency_p99_ms: number
  requests_total: number
  non2xx: number
  errors: number
  bytes_per_response: number
}

/** autocannon against one GET path, after a short warm-up. */
export async function load(
  base: string,
  path: string,
  headers: Record<string, string>,
  { duration, connections }: { duration: number; connections: number },
): Promise<LoadResult> {
  for (let i = 0; i < 20; i++) await (await fetch(base + path, { headers })).arrayBuffer()
  const r = await autocannon({ url: base + path, headers, duration, connections, timeout: 30 })
  return {
    path,
    rps_avg: Math.round(r.requests.average * 10) / 10,
    latency_p50_ms: r.latency.p50,
    latency_p99_ms: r.latency.p99,
    requests_total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    bytes_per_response: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  }
}

/**
 * Loads `a` and `b` alternately, `rounds` times each, and keeps each side's best round: on a
 * shared machine a neighbour's burst then costs one round, not the ratio.
 */
export async function pairedLoads(
  a: () => Promise<LoadResult>,
  b: () => Promise<LoadResult>,
  rounds = 2,
): Promise<[LoadResult, LoadResult]> {
  let best: [LoadResult | undefined, LoadResult | undefined] = [undefined, undefined]
  const better = (x: LoadResult | undefined, y: LoadResult) => (x && x.rps_avg >= y.rps_avg ? x : y)
  for (let i = 0; i < rounds; i++) best = [better(best[0], await a()), better(best[1], await b())]
  return best as [LoadResult, LoadResult]
}
