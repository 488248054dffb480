import type { FactChannel, FactKey, FactProduct, FactVariant } from "./visibility-facts.js"

/**
 * The conditions the store applies before it shows or sells a product, in the order it
 * applies them (docs/channel-listings.md), each passed or failed; `passed: null` when the
 * condition does not apply (no key asked about, no region to price in).
 */

export interface VisibilityCheck {
  condition: string
  description: string
  passed: boolean | null
  detail: string | null
  sales_channel_id?: string
}

export interface CheckInput {
  product: FactProduct
  /** the key asked about, null when not found, undefined when a channel was asked about */
  key: FactKey | null | undefined
  channels: FactChannel[]
  currency: { region_id: string; currency_code: string } | undefined
  now: Date
}

const check = (
  condition: string,
  description: string,
  passed: boolean | null,
  detail: string | null = null,
): VisibilityCheck => ({ condition, description, passed, detail })

function keyChecks(key: FactKey | null | undefined): VisibilityCheck[] {
  if (key === undefined) {
    return [
      check("key_valid", "The publishable key exists and is not revoked", null, "asked about a sales channel"),
      check("key_has_channels", "The publishable key has sales channels", null, "asked about a sales channel"),
    ]
  }
  const valid = key !== null && key.revoked_at === null
  return [
    check(
      "key_valid",
      "The publishable key exists and is not revoked",
      valid,
      key === null ? "no publishable key has this token or id" : key.revoked_at ? `revoked at ${key.revoked_at}` : null,
    ),
    check(
      "key_has_channels",
      "The publishable key has sales channels",
      key !== null && key.sales_channels.length > 0,
      key && key.sales_channels.length === 0 ? "Publishable key needs to have a sales channel configured" : null,
    ),
  ]
}

function windowDetail(
  from: number,
  until: number,
  at: number,
  listing: { available_from: string | null; available_until: string | null },
) {
  if (at < from) return `opens at ${listing.available_from}`
  if (at >= until) return `closed at ${listing.available_until}`
  return null
}

/** A managed variant sells when every item it needs has enough available at the channel's locations. */
function inStock(variant: FactVariant, locations: Set<string>): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  if (variant.inventory_items.length === 0) return false
  return variant.inventory_items.every((link) => {
    const levels = link.inventory?.location_levels.filter((l) => locations.has(l.location_id)) ?? []
    const available = levels.reduce((sum, l) => sum + l.stocked_quantity - l.reserved_quantity, 0)
    return available >= link.required_quantity
  })
}

function channelChecks(input: CheckInput, channel: FactChannel): VisibilityCheck[] {
  const { product, currency, now } = input
  const listing = product.sales_channels_link.find((l) => l.sales_channel_id === channel.id)
  const at = now.getTime()
  const from = listing?.available_from ? Date.parse(listing.available_from) : -Infinity
  const until = listing?.available_until ? Date.parse(listing.available_until) : Infinity
  const unpriced = currency
    ? product.variants.filter((v) => !v.prices.some((p) => p.currency_code === currency.currency_code)).map((v) => v.id)
    : []
  const locations = new Set(channel.stock_locations.map((l) => l.id))
  const managed = product.variants.some((v) => v.manage_inventory)
  const outOfStock = product.variants.filter((v) => !inStock(v, locations)).map((v) => v.id)
  const checks = [
    check("channel_enabled", `The sales channel ${channel.name} is enabled`, !channel.is_disabled),
    check("product_linked", `The product is in the sales channel ${channel.name}`, !!listing),
    check(
      "product_published",
      "The product is published",
      product.status === "published",
      product.status === "published" ? null : `status is ${product.status}`,
    ),
    check(
      "listing_visible",
      "The product is visible in listings and search",
      listing ? listing.visible : null,
      listing && !listing.visible ? "hidden: served by id or handle, left out of listings, counts and search" : null,
    ),
    check("listing_purchasable", "The product is purchasable", listing ? listing.purchasable : null),
    check(
      "listing_window",
      "The product is inside its availability window",
      listing ? at >= from && at < until : null,
      listing ? windowDetail(from, until, at, listing) : null,
    ),
    check(
      "variant_prices",
      currency
        ? `The variants have prices in ${currency.currency_code}`
        : "The variants have prices in the region's currency",
      currency ? product.variants.length > 0 && unpriced.length === 0 : null,
      !currency
        ? "no region given and the store has no default region"
        : product.variants.length === 0
          ? "the product has no variants"
          : unpriced.length
            ? `no ${currency.currency_code} price: ${unpriced.join(", ")}`
            : null,
    ),
    check(
      "channel_stock_locations",
      `The sales channel ${channel.name} has stock locations`,
      locations.size > 0 ? true : managed ? false : null,
      locations.size > 0 ? null : managed ? "managed inventory cannot be sold here" : "inventory is not managed",
    ),
    check(
      "stock",
      "There is stock at the channel's locations (when inventory is managed)",
      outOfStock.length === 0,
      !managed ? "inventory is not managed" : outOfStock.length ? `out of stock: ${outOfStock.join(", ")}` : null,
    ),
  ]
  return checks.map((c) => ({ ...c, sales_channel_id: channel.id }))
}

export function visibilityChecks(input: CheckInput): VisibilityCheck[] {
  return [...keyChecks(input.key), ...input.channels.flatMap((channel) => channelChecks(input, channel))]
}

/** What the checks mean for the storefront: served by id or handle, listed, purchasable, in some channel. */
export function visibilitySummary(checks: VisibilityCheck[]) {
  const ok = (c: VisibilityCheck | undefined) => c?.passed !== false
  const keyOk =
    ok(checks.find((c) => c.condition === "key_valid")) && ok(checks.find((c) => c.condition === "key_has_channels"))
  const channelIds = [...new Set(checks.map((c) => c.sales_channel_id).filter((id): id is string => !!id))]
  const inChannel = (names: string[]) =>
    keyOk &&
    channelIds.some((id) =>
      names.every((name) => ok(checks.find((c) => c.sales_channel_id === id && c.condition === name))),
    )
  const served = ["channel_enabled", "product_linked", "product_published", "listing_window"]
  return {
    served: inChannel(served),
    listed: inChannel([...served, "listing_visible"]),
    purchasable: inChannel([...served, "listing_purchasable", "variant_prices", "channel_stock_locations", "stock"]),
  }
}
