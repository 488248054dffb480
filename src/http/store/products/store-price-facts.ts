import type { AppCore, Container } from "../../../app/container.js"
import { clearOnEvents, ExpiringCache } from "../../helpers/event-caches.js"

/** Facts `calculated_price` would otherwise look up for every variant (links/computed/variant-calculated-price.ts). */
export interface StorePriceFacts {
  /** false: no price list is active (whatever its dates), so no list price can apply */
  price_lists_active: boolean
  /**
   * Whether a price is tax-inclusive (links/computed/price-tax-inclusive.ts), resolved: with the
   * context region's `region_id` rule, the region's preference, else as without; without, the
   * currency's preference, else the store currency's flag, else false
   */
  tax_inclusive: { region: boolean; currency: boolean }
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
  const [lists, preferences, storeCurrencies] = await Promise.all([
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
    c.query.graph<{ currency_code: string; is_tax_inclusive: boolean }>({
      entity: "store_currency",
      fields: ["currency_code", "is_tax_inclusive"],
      filters: { is_tax_inclusive: true },
    }),
  ])
  const code = currency.toLowerCase()
  const of = (attribute: string, match: (value: string) => boolean) =>
    preferences.data.find((p) => p.attribute === attribute && match(p.value))?.is_tax_inclusive
  const byCurrency =
    of("currency_code", (v) => v.toLowerCase() === code) ??
    storeCurrencies.data.some((sc) => sc.currency_code.toLowerCase() === code)
  const facts: StorePriceFacts = {
    price_lists_active: lists.data.length > 0,
    tax_inclusive: { region: of("region_id", (v) => v === regionId) ?? byCurrency, currency: byCurrency },
  }
  cache.set(key, facts, generation)
  return facts
}
