/** Percentiles and a timed loop shared by the benchmarks. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export interface LoopResult {
  ops: number
  ops_per_s: number
  p50_ms: number
  p99_ms: number
}

/** Runs `fn` with `concurrency` callers for `seconds` (after a warm-up) and reports latency. */
export async function timedLoop(
  fn: () => Promise<unknown>,
  { seconds = 5, concurrency = 1, warmup = 50 } = {},
): Promise<LoopResult> {
  for (let i = 0; i < warmup; i++) await fn()
  const latencies: number[] = []
  const end = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now()
        await fn()
        latencies.push(performance.now() - t0)
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    ops: latencies.length,
    ops_per_s: round(latencies.length / elapsed),
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
  }
}
