/**
 * The product CSV format: one row per variant; the rows of one handle, one after another, form
 * one product. `FORMAT_HELP` is what `salesgraph import --help` and the README show.
 */

export const PRODUCT_COLUMNS = [
  "handle",
  "title",
  "description",
  "status",
  "sales_channels",
  "listing_visible",
  "listing_purchasable",
  "listing_available_from",
  "listing_available_until",
] as const
export const VARIANT_COLUMNS = ["variant_title", "sku", "manage_inventory", "allow_backorder", "stock"] as const

export const FORMAT_HELP = `CSV format: a header row, then one row per variant; consecutive rows with the same handle
form one product. Column names are case-insensitive; columns may come in any order.

  handle            required  the product's handle (lower-case letters, digits, single hyphens)
  sku               required  the variant's SKU: what a re-run finds the variant by
  title                       the product's title (required to create a product)
  description                 the product's description
  status                      draft | proposed | published | rejected (new products: draft)
  option_1_name, option_1_value, option_2_name, option_2_value, …
                              the variant's option values (Size, M; Color, Blue); every row of a
                              product names the same options. No options: one variant, under
                              "Default option"
  variant_title               the variant's title (new variants: the option values, "S / Black")
  price_<currency>          the variant's price in that currency, in its main unit: price_usd 19.99
  price_<currency>@<channel>  the variant's price in that currency in one sales channel only, by
                              name or id (price_usd@Retail store 17.50); other channels pay price_<currency>
  manage_inventory            true | false (new variants: true)
  allow_backorder             true | false (new variants: false)
  sales_channels              the product's channels, by name or id, separated by ";" (they
                              replace the product's channels)
  stock                       stocked quantity by location, "<location name or id>:<quantity>"
                              separated by ";" (Main warehouse:40;Downtown store:5)
  listing_visible, listing_purchasable, listing_available_from, listing_available_until
                              the product's listing in its channels, "<channel name or id>=<value>"
                              separated by ";": true | false, or an ISO 8601 time (empty: open)
                              (listing_available_from: Web shop=2026-12-13T09:00:00Z); the
                              channel must be one of the product's

An empty cell leaves the value as it is on a product or variant that exists (and takes the
default on a new one). The title, description, status and sales_channels of a product may be
repeated on each of its rows or given once; rows that give different values are an error.
Unknown sales channels and stock locations are errors (the import creates neither).

Re-running a file is safe: products are found by handle, variants by SKU; what differs is
updated, what is missing is created, nothing else is touched (variants not in the file stay).
A row that cannot be imported rejects its product (all of its rows); the other products are
imported. Every rejected row is reported with its line number and the reason.`

export interface Header {
  /** column name → index in the record */
  index: Map<string, number>
  /** option columns, in option number order: [name index, value index] */
  options: { name: number; value: number; n: number }[]
  /** price columns: currency code (lower case), or `<code>@<channel>` for a channel's price → index */
  prices: Map<string, number>
  width: number
}

const OPTION = /^option_(\d+)_(name|value)$/
const PRICE = /^price_([a-z]{3})(@.+)?$/

/**
 * Reads the header row. Returns the problems instead when it cannot be used: a required
 * column missing, a name the format does not know (a typo would otherwise drop a column's
 * data without a word), a column twice, an option number with only one of its pair.
 */
export function parseHeader(cells: string[], knownCurrencies: Set<string>): { header?: Header; problems: string[] } {
  const problems: string[] = []
  const index = new Map<string, number>()
  const optionCols = new Map<number, { name?: number; value?: number }>()
  const prices = new Map<string, number>()
  const known = new Set<string>([...PRODUCT_COLUMNS, ...VARIANT_COLUMNS])
  cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase()
    if (!name) return problems.push(`column ${i + 1} has no name`)
    if (index.has(name)) return problems.push(`column "${name}" appears twice`)
    index.set(name, i)
    const option = OPTION.exec(name)
    const price = PRICE.exec(name)
    if (option) {
      const n = Number(option[1])
      const pair = optionCols.get(n) ?? {}
      pair[option[2] as "name" | "value"] = i
      optionCols.set(n, pair)
    } else if (price) {
      if (!knownCurrencies.has(price[1])) problems.push(`column "${name}": "${price[1]}" is not a currency code`)
      prices.set(price[1] + (price[2] ?? ""), i)
    } else if (!known.has(name)) {
      problems.push(`unknown column "${name}"`)
    }
  })
  for (const required of ["handle", "sku"])
    if (!index.has(required)) problems.push(`the required column "${required}" is missing`)
  const options = [...optionCols.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, pair]) => {
      if (pair.name === undefined || pair.value === undefined) {
        problems.push(`option_${n}_name and option_${n}_value come together (only one of them is in the header)`)
      }
      return { n, name: pair.name ?? -1, value: pair.value ?? -1 }
    })
  if (problems.length) return { problems }
  return { header: { index, options, prices, width: cells.length }, problems }
}
