/**
 * Every total of a cart or an order as Medusa answers it, flattened to `path → value` so that two
 * servers' answers compare field by field: the cart's totals, each line's (keyed by its product
 * title) and each shipping method's (by its name) totals, their adjustments (by code) and tax lines
 * (by code).
 */
const LINE = [
  "total",
  "subtotal",
  "tax_total",
  "discount_total",
  "discount_tax_total",
  "original_total",
  "original_subtotal",
  "original_tax_total",
]
export const CART_FIELDS = [
  ...LINE.map((f) => `+items.${f}`),
  ...LINE.map((f) => `+shipping_methods.${f}`),
  "+shipping_methods.name",
  "+shipping_methods.discount_subtotal",
  "+items.discount_subtotal",
  "+original_subtotal",
  "+items.tax_lines.total,+items.tax_lines.subtotal",
  "+shipping_methods.tax_lines.total,+shipping_methods.tax_lines.subtotal",
].join(",")
export const ORDER_FIELDS = [
  "*items",
  "*items.adjustments",
  "*items.tax_lines",
  "*shipping_methods",
  "*shipping_methods.adjustments",
  "*shipping_methods.tax_lines",
  ...LINE.map((f) => `+items.${f}`),
  ...LINE.map((f) => `+shipping_methods.${f}`),
  "+total,+subtotal,+tax_total,+discount_total,+discount_subtotal,+discount_tax_total,+original_total",
  "+original_tax_total,+item_total,+item_subtotal,+item_tax_total,+item_discount_total,+original_item_total",
  "+original_item_subtotal,+original_item_tax_total,+shipping_total,+shipping_subtotal,+shipping_tax_total",
  "+shipping_discount_total,+original_shipping_total,+original_shipping_subtotal,+original_shipping_tax_total",
].join(",")

const NUMERIC = /total|subtotal|amount|price|quantity|rate$|is_tax_inclusive/

function keyOf(row: Record<string, any>, i: number) {
  return row.code ?? row.product_title ?? row.name ?? String(i)
}

/** The numbers (and tax-inclusive flags) of `value`, by path; arrays keyed by code / title / name. */
export function flatten(value: unknown, prefix = "", out: Record<string, unknown> = {}) {
  if (Array.isArray(value)) {
    const keys = value.map((row, i) => keyOf(row, i))
    const counts = new Map<string, number>()
    value.forEach((row, i) => {
      const n = (counts.get(keys[i]) ?? 0) + 1
      counts.set(keys[i], n)
      flatten(row, `${prefix}[${keys[i]}${n > 1 ? `#${n}` : ""}]`, out)
    })
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith("raw_") || k === "product" || k === "variant" || k === "region") continue
      if (v && typeof v === "object") flatten(v, prefix ? `${prefix}.${k}` : k, out)
      else if (NUMERIC.test(k) && (typeof v === "number" || typeof v === "boolean" || v === null))
        out[prefix ? `${prefix}.${k}` : k] = v
    }
  }
  return out
}

/** The paths whose values differ between Medusa's (`anchor`) and salesgraph's (`sg`) answers. */
export function differences(anchor: Record<string, unknown>, sg: Record<string, unknown>) {
  const paths = [...new Set([...Object.keys(anchor), ...Object.keys(sg)])].sort()
  return paths.filter((p) => anchor[p] !== sg[p]).map((p) => `${p}: Medusa ${anchor[p]}, salesgraph ${sg[p]}`)
}
