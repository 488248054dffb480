import type { AppCore, Container } from "../../../app/container.js"
import { clearOnEvents, ExpiringCache } from "../../helpers/event-caches.js"

export interface RegionRow {
  id: string
  currency_code: string
  automatic_taxes: boolean
}

export const regionFields = ["id", "currency_code", "automatic_taxes"]

interface Regions {
  /** by id; null: no such region */
  byId: ExpiringCache<RegionRow | null>
  /** the store's default region id ("" key) */
  defaults: ExpiringCache<string | null>
}

const states = new WeakMap<AppCore, Regions>()

/**
 * What a store read's pricing context needs of regions, kept per application so a priced read
 * costs no statement beyond its own: a region's currency and automatic taxes, and the store's
 * default region. Dropped when a region or store event commits (or a commit without events),
 * here before the write answers and in other processes on NOTIFY; a read that raced a clear is
 * not kept (ExpiringCache's generation).
 */
function regionsOf(c: Container): Regions {
  let state = states.get(c.core)
  if (!state) {
    const fresh: Regions = { byId: new ExpiringCache(60_000, 1000), defaults: new ExpiringCache(60_000, 1) }
    clearOnEvents(
      c,
      (name) => name.startsWith("region") || name.startsWith("store"),
      () => {
        fresh.byId.clear()
        fresh.defaults.clear()
      },
    )
    states.set(c.core, fresh)
    state = fresh
  }
  return state
}

export async function regionById(c: Container, id: string): Promise<RegionRow | null> {
  const { byId } = regionsOf(c)
  const known = byId.get(id)
  if (known !== undefined) return known
  const generation = byId.generation
  const { data } = await c.query.graph<RegionRow>({ entity: "region", fields: regionFields, filters: { id } })
  const region = data[0] ?? null
  byId.set(id, region, generation)
  return region
}

export async function defaultRegionId(c: Container): Promise<string | null> {
  const { defaults } = regionsOf(c)
  const known = defaults.get("")
  if (known !== undefined) return known
  const generation = defaults.generation
  const { data } = await c.query.graph<{ default_region_id: string | null }>({
    entity: "store",
    fields: ["default_region_id"],
    pagination: { take: 1 },
  })
  const id = data[0]?.default_region_id ?? null
  defaults.set("", id, generation)
  return id
}
