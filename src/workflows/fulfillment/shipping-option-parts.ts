import type { Container } from "../../app/container.js"
import { invalidData, missingRelation, notAllowed } from "../../framework/errors.js"
import { missingIds } from "../common/missing-ids.js"

export interface ShippingOptionPriceInput {
  id?: string
  currency_code?: string
  region_id?: string
  amount?: number
  rules?: { attribute: string; operator: string; value: number }[]
}

export interface ShippingOptionRuleInput {
  id?: string
  attribute: string
  operator: string
  value: string | string[]
}

export interface ShippingOptionTypeInput {
  label: string
  description?: string
  code: string
}

/**
 * validate-fulfillment-providers (Medusa's step): each option's provider must be linked to a
 * stock location whose fulfillment set holds the option's service zone (an unknown zone has none).
 */
export async function assertProvidersEnabled(
  tx: Container,
  options: { service_zone_id?: string; provider_id?: string }[],
) {
  const { data: zones } = await tx.query.graph<{
    id: string
    fulfillment_set: { location: { fulfillment_providers: { id: string }[] } | null } | null
  }>({
    entity: "service_zone",
    fields: ["id", "fulfillment_set.location.fulfillment_providers.id"],
    filters: { id: options.map((o) => o.service_zone_id ?? "") },
  })
  const invalid = options.filter((o) => {
    const providers =
      zones.find((z) => z.id === o.service_zone_id)?.fulfillment_set?.location?.fulfillment_providers ?? []
    return !providers.some((p) => p.id === o.provider_id)
  })
  if (invalid.length)
    throw notAllowed(
      `Providers (${invalid.map((o) => o.provider_id ?? "").join(",")}) are not enabled for the service location`,
    )
}

/** A foreign key Medusa's ORM checks: its words for a record that is not there (or deleted). */
export async function assertRelated(tx: Container, entity: string, column: string, id: string | undefined) {
  if (id !== undefined && (await missingIds(tx, entity, [id])).length) {
    throw missingRelation(column, id)
  }
}

/** validate-shipping-option-prices: every region of a region price must exist. */
async function regionCurrencies(tx: Container, prices: ShippingOptionPriceInput[]): Promise<Map<string, string>> {
  const ids = [...new Set(prices.flatMap((p) => (p.region_id ? [p.region_id] : [])))]
  if (!ids.length) return new Map()
  const regions = await tx.modules.region.listRegions({ id: ids })
  const missing = ids.filter((id) => !regions.some((r) => r.id === id))
  if (missing.length)
    throw invalidData(
      `Cannot create prices for non-existent regions. Region with ids [${missing.join(", ")}] were not found.`,
    )
  return new Map(regions.map((r) => [String(r.id), String(r.currency_code)]))
}

/**
 * The option's prices, as Medusa's price set holds them: a currency price, or a region price
 * (the region's currency and a `region_id` rule); `item_total` rules become price rules.
 */
export async function createPrices(tx: Container, optionId: string, prices: ShippingOptionPriceInput[]) {
  const currencies = await regionCurrencies(tx, prices)
  const fulfillment = tx.modules.fulfillment
  for (const price of prices) {
    const currency = price.region_id ? currencies.get(price.region_id) : price.currency_code
    const created = await fulfillment.createShippingOptionPrices({
      shipping_option_id: optionId,
      currency_code: currency,
      amount: price.amount,
    })
    const rules = [
      ...(price.region_id ? [{ attribute: "region_id", operator: "eq", value: price.region_id }] : []),
      ...(price.rules ?? []).map((r) => ({ attribute: r.attribute, operator: r.operator, value: String(r.value) })),
    ]
    if (rules.length)
      await fulfillment.createShippingOptionPriceRules(rules.map((r) => ({ ...r, price_id: created.id })))
  }
}

/** The option's rules (`enabled_in_store`, `is_return`, …) · `fulfillment.shipping-option-rule.created`; their ids. */
export async function createRules(
  tx: Container,
  optionId: string,
  rules: ShippingOptionRuleInput[],
): Promise<string[]> {
  if (!rules.length) return []
  const created = await tx.modules.fulfillment.createShippingOptionRules(
    rules.map(({ id: _, ...rule }) => ({ ...rule, shipping_option_id: optionId })),
  )
  for (const rule of created) tx.emit("fulfillment.shipping-option-rule.created", { id: rule.id })
  return created.map((rule) => String(rule.id))
}

/** A new type from `type`, or the existing `type_id`; returns the type's id. */
export async function resolveType(
  tx: Container,
  type: ShippingOptionTypeInput | undefined,
  typeId: string | undefined,
): Promise<string> {
  if (!type) {
    await assertRelated(tx, "shipping_option_type", "shipping_option_type_id", typeId)
    return typeId!
  }
  const created = await tx.modules.fulfillment.createShippingOptionTypes({ description: null, ...type })
  tx.emit("fulfillment.shipping-option-type.created", { id: created.id })
  return String(created.id)
}

/**
 * validate-shipping-option-prices for calculated options: the only provider here (`manual_manual`)
 * cannot calculate prices, so Medusa refuses them, in its words (typo included; an update
 * without a name names none).
 */
export function assertNotCalculated(option: { name?: string; price_type?: string }) {
  if (option.price_type === "calculated")
    throw invalidData(`Cannot calcuate pricing for: [${option.name ?? ""}] shipping option(s).`)
}
