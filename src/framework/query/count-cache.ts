import type { GraphInput } from "./compile.js"

/**
 * Counts of list reads, remembered until the next committed write (the application clears it
 * on every commit, here and in other processes). A count over a million rows costs tens of
 * milliseconds; the page that goes with it costs one. `generation` keeps a count computed
 * while a write committed from being stored.
 */
export class CountCache {
  private readonly counts = new Map<string, number>()
  generation = 0

  constructor(private readonly maxEntries = 5000) {}

  static keyOf(input: GraphInput): string | undefined {
    try {
      return JSON.stringify([input.entity, input.filters ?? null, input.withDeleted ?? false, input.context ?? null])
    } catch {
      return undefined
    }
  }

  get(key: string): number | undefined {
    return this.counts.get(key)
  }

  set(key: string, count: number, generation: number) {
    if (generation !== this.generation) return
    if (this.counts.size >= this.maxEntries) this.counts.delete(this.counts.keys().next().value!)
    this.counts.set(key, count)
  }

  clear() {
    this.generation++
    this.counts.clear()
  }
}
