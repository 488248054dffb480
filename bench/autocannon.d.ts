/**
 * The part of autocannon's API the benchmarks and the soak use (the package ships no types;
 * `@types/autocannon` would replace this file).
 */
declare module "autocannon" {
  import type { EventEmitter } from "node:events"

  interface Options {
    url: string
    connections?: number
    duration?: number
    /** a fixed number of requests instead of a duration */
    amount?: number
    timeout?: number
    headers?: Record<string, string>
    requests?: { method?: string; path?: string }[]
  }
  interface Histogram {
    average: number
    total: number
    p50: number
    p99: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    non2xx: number
    errors: number
  }
  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
