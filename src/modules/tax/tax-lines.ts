/**
 * The system provider's choice of rates for a line (Medusa's tax module getTaxRatesForItem and
 * prioritizeRates): the most specific rate wins (a province before its country; a product rule,
 * then a product-type rule, then the default); a combinable province rate adds its country's.
 */
export interface CandidateRate {
  id: string
  rate: number | null
  code: string
  name: string
  is_default: boolean
  is_combinable: boolean
  tax_region_id: string
  region_parent_id: string | null
  is_province: boolean
  rules: { reference: string; reference_id: string }[]
}

/** A cart line (product ids) or shipping method (`shipping_option_id`) to tax. */
export type TaxableItem =
  | { id: string; product_id: string | null; product_type_id: string | null }
  | { id: string; shipping_option_id: string | null }

export interface ProviderTaxLine {
  item_id: string
  tax_rate_id: string
  rate: number
  code: string
  description: string
  provider_id: string
}

function matches(rate: CandidateRate, item: TaxableItem) {
  const matching = rate.rules.filter((rule) =>
    "shipping_option_id" in item
      ? rule.reference === "shipping_option" && rule.reference_id === item.shipping_option_id
      : (rule.reference === "product" && rule.reference_id === item.product_id) ||
        (rule.reference === "product_type" && rule.reference_id === item.product_type_id),
  )
  return {
    product: matching.some((r) => r.reference === "product") || ("shipping_option_id" in item && matching.length > 0),
    type: matching.length > 0,
  }
}

function priority(rate: CandidateRate, item: TaxableItem): number {
  const m = matches(rate, item)
  const base = rate.is_province ? 0 : 3
  if (m.product) return base + 1
  if (m.type) return base + 2
  if (rate.is_default) return base + 3
  return 7
}

export function ratesForItem(item: TaxableItem, candidates: CandidateRate[]): CandidateRate[] {
  const applicable = candidates.filter((r) => r.is_default || matches(r, item).type)
  if (!applicable.length) return []
  const sorted = applicable
    .map((rate, index) => ({ rate, index, score: priority(rate, item) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((x) => x.rate)
  const [first] = sorted
  if (!(first.is_combinable && first.region_parent_id)) return [first]
  const parent = sorted.find((r) => r.tax_region_id === first.region_parent_id)
  return parent ? [first, parent] : [first]
}

/** Medusa's SystemTaxService: one tax line per chosen rate, provider id `system`. */
export function systemTaxLines(items: TaxableItem[], candidates: CandidateRate[]): ProviderTaxLine[] {
  return items.flatMap((item) =>
    ratesForItem(item, candidates).map((r) => ({
      item_id: item.id,
      tax_rate_id: r.id,
      rate: r.rate ? Number(r.rate) : 0,
      code: r.code,
      description: r.name,
      provider_id: "system",
    })),
  )
}
