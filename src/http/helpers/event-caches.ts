import type { AppCore } from "../../app/container.js"

/**
 * Runs `clear` when an event whose name passes `matches` commits — in this process at once
 * (before the response of the write is sent), in other processes on PostgreSQL's NOTIFY. A
 * commit that emitted no event is a write we cannot classify: it clears too.
 */
export function clearOnEvents(target: { core: AppCore }, matches: (name: string) => boolean, clear: () => void) {
  target.core.onCommitted.add((events) => {
    if (events.length === 0 || events.some((e) => matches(e.name))) clear()
  })
  target.core.onRemoteEvents.add((names) => {
    // an empty or truncated list: be safe
    if (names.length === 0 || names.some(matches) || names.join(",").length >= 6900) clear()
  })
}

/**
 * A small map with a size bound and per-entry expiry. `generation` moves on every clear: a
 * value read from the database before a clear (the write committed while it was read) is not
 * stored after it — pass the generation seen before the read to `set`.
 */
export class ExpiringCache<V> {
  private readonly map = new Map<string, { value: V; expires: number }>()
  private cleared = 0
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key)
    if (!hit) return undefined
    if (hit.expires < Date.now()) {
      this.map.delete(key)
      return undefined
    }
    return hit.value
  }

  get generation(): number {
    return this.cleared
  }

  set(key: string, value: V, generation = this.cleared) {
    if (generation !== this.cleared) return
    if (this.map.size >= this.maxEntries) this.map.delete(this.map.keys().next().value!)
    this.map.set(key, { value, expires: Date.now() + this.ttlMs })
  }

  clear() {
    this.map.clear()
    this.cleared++
  }
}
