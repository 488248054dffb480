import type { Container } from "../../app/container.js"
import { setChannelListings, type ChannelListingInput } from "../listing/set-channel-listings.js"
import type { ExistingProduct } from "./batch-state.js"
import type { ProductPlan } from "./plan-product.js"
import type { ImportReferences } from "./references.js"

/**
 * The channel listing columns of the CSV (docs/channel-listings.md): each a list of
 * `<channel name or id>=<value>` separated by ";" (`Web shop=2026-12-13T09:00:00Z`); an empty
 * value clears a time. Product-level, like sales_channels.
 */
export const LISTING_COLUMNS = {
  listing_visible: "visible",
  listing_purchasable: "purchasable",
  listing_available_from: "available_from",
  listing_available_until: "available_until",
} as const

type Field = (typeof LISTING_COLUMNS)[keyof typeof LISTING_COLUMNS]
export interface ListingState {
  visible?: boolean
  purchasable?: boolean
  available_from?: string | null
  available_until?: string | null
}
/** channel reference → the state the file gives it */
export type ListingCells = Record<string, ListingState>

const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, "1": true, "0": false }
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/

/** Reads the listing cells of one row; undefined when the row gives none. */
export function parseListingCells(get: (column: string) => string | undefined, problems: string[]) {
  const out: ListingCells = {}
  let given = false
  for (const [column, field] of Object.entries(LISTING_COLUMNS)) {
    const cell = get(column)
    if (cell === undefined) continue
    given = true
    for (const entry of cell
      .split(";")
      .map((e) => e.trim())
      .filter(Boolean)) {
      const at = entry.lastIndexOf("=")
      const channel = at > 0 ? entry.slice(0, at).trim() : ""
      const raw = at > 0 ? entry.slice(at + 1).trim() : ""
      if (!channel) {
        problems.push(`${column} "${entry}" is not <sales channel>=<value>`)
        continue
      }
      const value = parseValue(field, raw)
      if (value === undefined) problems.push(`${column} "${entry}": "${raw}" is not ${describe(field)}`)
      else Object.assign((out[channel] ??= {}), { [field]: value })
    }
  }
  return given ? out : undefined
}

function parseValue(field: Field, raw: string): boolean | string | null | undefined {
  if (field === "visible" || field === "purchasable") return BOOLEANS[raw.toLowerCase()]
  if (raw === "") return null
  return INSTANT.test(raw) && !Number.isNaN(Date.parse(raw)) ? new Date(raw).toISOString() : undefined
}

const describe = (field: Field) =>
  field === "visible" || field === "purchasable" ? "true or false" : "an ISO 8601 time with a zone (or empty)"

/** A stable text of the cells, to compare rows of one product. */
export const showListings = (cells: ListingCells) =>
  JSON.stringify(Object.entries(cells).sort(([a], [b]) => (a < b ? -1 : 1)))

type Listing = Omit<ChannelListingInput, "product_id">

/**
 * The listings to set, channels resolved: each must be one of the product's channels after
 * the import. `changed` tells whether an existing product's listings differ.
 */
export function planListings(
  cells: ListingCells | undefined,
  existing: ExistingProduct | undefined,
  channelIds: string[] | undefined,
  refs: ImportReferences,
): { listings: Listing[]; changed: boolean; problems: string[] } {
  const problems: string[] = []
  const listings: Listing[] = []
  if (!cells) return { listings, changed: false, problems }
  const channels = new Set(channelIds ?? existing?.sales_channels.map((c) => c.id) ?? [])
  let changed = false
  for (const [ref, state] of Object.entries(cells)) {
    const found = refs.channels.resolve(ref)
    if (!("id" in found)) {
      problems.push(`listing: ${found.problem}`)
      continue
    }
    if (!channels.has(found.id)) {
      problems.push(`listing: the product is not in sales channel "${ref}" (add it to sales_channels)`)
      continue
    }
    listings.push({ sales_channel_id: found.id, ...state })
    const current = existing?.sales_channels_link.find((l) => l.sales_channel_id === found.id)
    const differs = (Object.keys(state) as Field[]).some((f) => !current || !same(current[f], state[f]))
    if (differs) changed = true
  }
  return { listings, changed, problems }
}

function same(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null
  if (typeof a === "boolean" || typeof b === "boolean") return a === b
  return Date.parse(String(a)) === Date.parse(String(b))
}

/** After the batch's products are written: their listings, new products found by handle. */
export async function writeListings(tx: Container, plans: ProductPlan[]): Promise<void> {
  const wanted = plans.filter((p) => p.listings?.length)
  if (wanted.length === 0) return
  const { data } = await tx.query.graph<{ id: string; handle: string }>({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: wanted.map((p) => p.spec.handle) },
  })
  const idOf = new Map(data.map((p) => [p.handle, p.id]))
  await setChannelListings(
    tx,
    wanted.flatMap((p) => p.listings!.map((l) => ({ ...l, product_id: idOf.get(p.spec.handle)! }))),
  )
}
