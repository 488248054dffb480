import { showListings, type ListingCells } from "./listings.js"
import type { ImportRow, ProductStatus } from "./parse-row.js"

export interface VariantSpec {
  line: number
  sku: string
  title?: string
  /** option name → value */
  options: Record<string, string>
  /** `rules` is set by the plan from `channel` (a `price_<currency>@<channel>` column) */
  prices: { currency_code: string; amount: number; channel?: string; rules?: { sales_channel_id: string[] } }[]
  manageInventory?: boolean
  allowBackorder?: boolean
  stock?: { location: string; quantity: number }[]
}

/** One product as its rows describe it, consistent with itself (not yet with the database). */
export interface ProductSpec {
  handle: string
  lines: number[]
  title?: string
  description?: string
  status?: ProductStatus
  salesChannels?: string[]
  /** the first row that gives sales_channels (where a bad channel is reported) */
  salesChannelsLine?: number
  listings?: ListingCells
  /** the first row that gives listing columns */
  listingsLine?: number
  /** option names, in column order; empty when the rows give none */
  optionNames: string[]
  variants: VariantSpec[]
}

/** A reason a product cannot be imported, with the lines it is about. */
export interface Problem {
  lines: number[]
  reason: string
}

/** "line 4", "lines 2–4, 9" */
export function formatLines(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    ranges.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`)
    i = j
  }
  return `${sorted.length === 1 ? "line" : "lines"} ${ranges.join(", ")}`
}

/** Values of one product-level column that its rows give: rows that differ are a problem. */
function agreed<T>(
  rows: ImportRow[],
  column: string,
  pick: (r: ImportRow) => T | undefined,
  show: (v: T) => string,
  problems: Problem[],
): T | undefined {
  const seen = new Map<string, { value: T; lines: number[] }>()
  for (const row of rows) {
    const value = pick(row)
    if (value === undefined) continue
    const key = show(value)
    const entry = seen.get(key) ?? { value, lines: [] }
    entry.lines.push(row.line)
    seen.set(key, entry)
  }
  if (seen.size > 1) {
    const variants = [...seen.entries()].map(([key, e]) => `"${key}" (${formatLines(e.lines)})`)
    problems.push({
      lines: [...seen.values()].flatMap((e) => e.lines),
      reason: `the product's rows give different ${column}: ${variants.join(", ")}`,
    })
    return undefined
  }
  return [...seen.values()][0]?.value
}

/**
 * The product of consecutive rows with one handle: its columns agree across rows, every row
 * names the same options, SKUs and option combinations are not repeated. Any problem rejects
 * the product as a whole (importing half of what the rows describe would be worse).
 */
export function buildProduct(rows: ImportRow[]): { product?: ProductSpec; problems: Problem[] } {
  const problems: Problem[] = []
  const title = agreed(rows, "titles", (r) => r.title, String, problems)
  const description = agreed(rows, "descriptions", (r) => r.description, String, problems)
  const status = agreed(rows, "statuses", (r) => r.status, String, problems)
  const salesChannels = agreed(
    rows,
    "sales_channels",
    (r) => r.salesChannels,
    (v) => [...v].sort().join(";"),
    problems,
  )

  const listings = agreed(rows, "listings", (r) => r.listings, showListings, problems)

  const optionSets = new Map<string, number[]>()
  for (const row of rows) {
    const key = row.options.map((o) => o.name).join(", ")
    optionSets.set(key, [...(optionSets.get(key) ?? []), row.line])
  }
  if (optionSets.size > 1) {
    const sets = [...optionSets.entries()].map(
      ([names, lines]) => `${names ? `[${names}]` : "none"} (${formatLines(lines)})`,
    )
    problems.push({
      lines: rows.map((r) => r.line),
      reason: `the product's rows name different options: ${sets.join(", ")}`,
    })
  }
  const optionNames = rows[0].options.map((o) => o.name)
  if (optionNames.length === 0 && rows.length > 1) {
    problems.push({
      lines: rows.map((r) => r.line),
      reason: `the product has ${rows.length} variants but no options to tell them apart (give option_1_name and option_1_value)`,
    })
  }

  const skus = new Map<string, number>()
  const combinations = new Map<string, number>()
  for (const row of rows) {
    const first = skus.get(row.sku)
    if (first !== undefined)
      problems.push({ lines: [first, row.line], reason: `sku "${row.sku}" is on line ${first} and line ${row.line}` })
    else skus.set(row.sku, row.line)
    if (row.options.length === 0) continue
    const combination = row.options.map((o) => `${o.name}: ${o.value}`).join(", ")
    const same = combinations.get(combination)
    if (same !== undefined)
      problems.push({
        lines: [same, row.line],
        reason: `lines ${same} and ${row.line} have the same options (${combination})`,
      })
    else combinations.set(combination, row.line)
  }
  if (problems.length) return { problems }

  return {
    problems,
    product: {
      handle: rows[0].handle,
      lines: rows.map((r) => r.line),
      title,
      description,
      status,
      salesChannels,
      salesChannelsLine: rows.find((r) => r.salesChannels)?.line,
      listings,
      listingsLine: rows.find((r) => r.listings)?.line,
      optionNames,
      variants: rows.map((r) => ({
        line: r.line,
        sku: r.sku,
        title: r.variantTitle,
        options: Object.fromEntries(r.options.map((o) => [o.name, o.value])),
        prices: r.prices,
        manageInventory: r.manageInventory,
        allowBackorder: r.allowBackorder,
        stock: r.stock,
      })),
    },
  }
}
