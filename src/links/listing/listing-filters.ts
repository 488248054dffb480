/**
 * The channel listing rules as Query filters on `product` (docs/channel-listings.md), so the
 * store enforces them inside its one statement. A listing is live at `now` when
 * `available_from <= now < available_until` (either end may be open); a hidden one is left
 * out of listings, counts and search but still served by id or handle.
 */

type Filters = Record<string, unknown>

/**
 * The link row is inside its window at `now`. The filters hold the `Date` itself: Query's
 * statement cache keeps dates out of its key (framework/query/date-slots.ts), so a listing
 * compiled a millisecond ago is reused with the new time.
 */
export function inWindow(now: Date): Filters {
  return {
    $and: [
      { $or: [{ available_from: null }, { available_from: { $lte: now } }] },
      { $or: [{ available_until: null }, { available_until: { $gt: now } }] },
    ],
  }
}

/**
 * Served by id or handle: linked to one of the channels, inside the window. The caller passes
 * only enabled channels (a disabled one sells nothing), so the condition stays on the link row.
 */
export function servedIn(channels: readonly string[], now: Date): Filters {
  return { sales_channels_link: { sales_channel_id: [...channels], ...inWindow(now) } }
}

/** Listed, counted and found by search: served, and visible. */
export function listedIn(channels: readonly string[], now: Date): Filters {
  const served = servedIn(channels, now).sales_channels_link as Filters
  return { sales_channels_link: { ...served, visible: true } }
}

/**
 * The single-channel listing shortcut lists unlinked products too (Medusa 2.21.2): every
 * product except those whose link row is outside its window, or hidden (unless `hiddenToo`:
 * asked for by id or handle).
 */
export function notUnlisted(now: Date, hiddenToo = false): Filters {
  const out: Filters[] = [{ available_from: { $gt: now } }, { available_until: { $lte: now } }]
  if (!hiddenToo) out.push({ visible: false })
  return { $not: { sales_channels_link: { $or: out } } }
}
