import { isValidHandle } from "../product/handle.js"
import type { Header } from "./columns.js"
import { parseListingCells, type ListingCells } from "./listings.js"

export const STATUSES = ["draft", "proposed", "published", "rejected"] as const
export type ProductStatus = (typeof STATUSES)[number]

/** One variant row, checked on its own. Absent optional values were empty cells. */
export interface ImportRow {
  line: number
  handle: string
  sku: string
  title?: string
  description?: string
  status?: ProductStatus
  /** channel names or ids */
  salesChannels?: string[]
  /** the listing columns, by channel name or id */
  listings?: ListingCells
  /** in the header's option order */
  options: { name: string; value: string }[]
  variantTitle?: string
  /** `channel`: the channel (name or id) a `price_<currency>@<channel>` column limits the price to */
  prices: { currency_code: string; amount: number; channel?: string }[]
  manageInventory?: boolean
  allowBackorder?: boolean
  /** location names or ids with their stocked quantity */
  stock?: { location: string; quantity: number }[]
}

export interface ParsedRow {
  row?: ImportRow
  /** the handle cell, even when the row is refused, so the refusal reaches its product */
  handle?: string
  problems: string[]
}

const AMOUNT = /^\d{1,15}(\.\d{1,10})?$/
const QUANTITY = /^\d{1,12}$/
const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, "1": true, "0": false }

/** `a; b;; c` → [a, b, c]; null when the cell held separators only. */
function splitList(cell: string): string[] | null {
  const parts = cell
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)
  return parts.length ? [...new Set(parts)] : null
}

/** Reads and checks one record against the header; every problem of the row is listed. */
export function parseRow(header: Header, cells: string[], line: number): ParsedRow {
  const get = (column: string) => {
    const i = header.index.get(column)
    const value = i === undefined ? undefined : cells[i]?.trim()
    return value ? value : undefined
  }
  const handle = get("handle")
  if (cells.length !== header.width) {
    return { handle, problems: [`the row has ${cells.length} fields, the header has ${header.width}`] }
  }
  const problems: string[] = []
  if (!handle) problems.push("handle is empty")
  else if (!isValidHandle(handle))
    problems.push(`handle "${handle}" is not URL-safe (lower-case letters, digits and single hyphens)`)
  const sku = get("sku")
  if (!sku) problems.push("sku is empty")

  const status = get("status")?.toLowerCase()
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
    problems.push(`status "${status}" is not one of ${STATUSES.join(", ")}`)
  }

  let salesChannels: string[] | undefined
  const channelsCell = get("sales_channels")
  if (channelsCell !== undefined) {
    salesChannels = splitList(channelsCell) ?? undefined
    if (!salesChannels) problems.push(`sales_channels "${channelsCell}" names no channel`)
  }

  const listings = parseListingCells(get, problems)

  const options: ImportRow["options"] = []
  for (const { n, name: ni, value: vi } of header.options) {
    const name = cells[ni]?.trim()
    const value = cells[vi]?.trim()
    if (!name && !value) continue
    if (!name) problems.push(`option_${n}_value is "${value}" but option_${n}_name is empty`)
    else if (!value) problems.push(`option_${n}_name is "${name}" but option_${n}_value is empty`)
    else if (options.some((o) => o.name === name)) problems.push(`option "${name}" is given twice`)
    else options.push({ name, value })
  }

  const prices: ImportRow["prices"] = []
  for (const [column, i] of header.prices) {
    const cell = cells[i]?.trim()
    if (!cell) continue
    const [currency, channel] = [column.slice(0, 3), column.slice(4)]
    if (!AMOUNT.test(cell))
      problems.push(`price_${column} "${cell}" is not an amount (digits, with a dot before decimals: 12.50)`)
    else prices.push({ currency_code: currency, amount: Number(cell), ...(channel ? { channel } : {}) })
  }

  const flag = (column: "manage_inventory" | "allow_backorder") => {
    const cell = get(column)
    if (cell === undefined) return undefined
    const value = BOOLEANS[cell.toLowerCase()]
    if (value === undefined) problems.push(`${column} "${cell}" is not true or false`)
    return value
  }
  const manageInventory = flag("manage_inventory")
  const allowBackorder = flag("allow_backorder")

  let stock: ImportRow["stock"]
  const stockCell = get("stock")
  if (stockCell !== undefined) {
    stock = []
    for (const entry of splitList(stockCell) ?? []) {
      // the last colon separates: a location's name may hold one
      const at = entry.lastIndexOf(":")
      const location = at > 0 ? entry.slice(0, at).trim() : ""
      const quantity = at > 0 ? entry.slice(at + 1).trim() : ""
      if (!location || !QUANTITY.test(quantity)) {
        problems.push(`stock "${entry}" is not <location>:<quantity> with a whole quantity`)
      } else if (stock.some((s) => s.location === location)) {
        problems.push(`stock names location "${location}" twice`)
      } else {
        stock.push({ location, quantity: Number(quantity) })
      }
    }
    if (stock.length && manageInventory === false) problems.push("stock is given but manage_inventory is false")
  }

  if (problems.length) return { handle, problems }
  return {
    handle,
    problems,
    row: {
      line,
      handle: handle!,
      sku: sku!,
      title: get("title"),
      description: get("description"),
      status: status as ProductStatus | undefined,
      salesChannels,
      ...(listings ? { listings } : {}),
      options,
      variantTitle: get("variant_title"),
      prices,
      manageInventory,
      allowBackorder,
      stock,
    },
  }
}
