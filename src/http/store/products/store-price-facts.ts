import type { AppCore, Container } from "../../../app/container.js"
import { clearOnEvents, ExpiringCache } from "../../helpers/event-caches.js"

/** Facts `calculated_price` would otherwise look up for every variant (links/computed/variant-calculated-price.ts). */
export interface StorePriceFacts {
  /** false: no price list is active (whatever its dates), so no list price can apply */
  price_lists_active: boolean
  /** the region's and the currency's price preferences (null: none) */
  tax_inclusive: { region: boolean | null; currency: boolean | null }
}

const states = new WeakMap<AppCore, ExpiringCache<StorePriceFacts>>()

/**
 * Kept per application and per (region, currency), dropped by any commit that may change them:
 * region and store events (a region's preference, the store's currencies), and commits without
 * events (price lists and price preferences are written without), here before the write answers
 * and in other processes on NOTIFY. A list whose dates have not begun counts as active, so time
 * alone never makes these facts wrong.
 */
function factsCache(c: Container): ExpiringCache<StorePriceFacts> {
  let cache = states.get(c.core)
  if (!cache) {
    const fresh = new ExpiringCache<StorePriceFacts>(60_000, 1000)
    clearOnEvents(
      c,
      (name) => /^(region|store|price)/.test(name),
      () => fresh.clear(),
    )
    states.set(c.core, fresh)
    cache = fresh
  }
  return cache
}

type Preference = { attribute: string; value: string; is_tax_inclusive: boolean }

export async function storePriceFacts(c: Container, regionId: string, currency: string): Promise<StorePriceFacts> {
  const cache = factsCache(c)
  const key = `${regionId}|${currency}`
  const known = cache.get(key)
  if (known) return known
  const generation = cache.generation
  const [lists, preferences] = await Promise.all([
    c.query.graph<{ id: string }>({
      entity: "price_list",
      fields: ["id"],
      filters: { status: "active" },
      pagination: { take: 1 },
    }),
    c.query.graph<Preference>({
      entity: "price_preference",
      fields: ["attribute", "value", "is_tax_inclusive"],
      filters: { attribute: ["region_id", "currency_code"] },
    }),
  ])
  const code = currency.toLowerCase()
  const of = (attribute: string, match: (value: string) => boolean) =>
    preferences.data.find((p) => p.attribute === attribute && match(p.value))?.is_tax_inclusive
  const facts: StorePriceFacts = {
    price_lists_active: lists.data.length > 0,
    tax_inclusive: {
      region: of("region_id", (v) => v === regionId) ?? null,
      currency: of("currency_code", (v) => v.toLowerCase() === code) ?? null,
    },
  }
  cache.set(key, facts, generation)
  return facts
}
