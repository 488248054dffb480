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
 * shared machine a neighbour's burst then costs one round, not the ratio. `onRound` sees every
 * round's pair (CPU per answer is better read as the median over rounds than from the best).
 */
export async function pairedLoads<T extends LoadResult>(
  a: () => Promise<T>,
  b: () => Promise<T>,
  rounds = 2,
  onRound?: (a: T, b: T) => void,
): Promise<[T, T]> {
  let best: [T | undefined, T | undefined] = [undefined, undefined]
  const better = (x: T | undefined, y: T) => (x && x.rps_avg >= y.rps_avg ? x : y)
  for (let i = 0; i < rounds; i++) {
    const round: [T, T] = [await a(), await b()]
    onRound?.(...round)
    best = [better(best[0], round[0]), better(best[1], round[1])]
  }
  return best as [T, T]
}
