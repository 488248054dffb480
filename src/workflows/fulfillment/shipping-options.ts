import type { Container } from "../../app/container.js"
import { notAllowed } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import {
  assertNotCalculated,
  assertProvidersEnabled,
  assertRelated,
  createPrices,
  createRules,
  resolveType,
  type ShippingOptionPriceInput,
  type ShippingOptionRuleInput,
  type ShippingOptionTypeInput,
} from "./shipping-option-parts.js"
import { emitDeleted } from "../common/emit-deleted.js"

export interface CreateShippingOptionInput {
  name: string
  service_zone_id: string
  shipping_profile_id: string
  provider_id: string
  price_type: "flat" | "calculated"
  data?: Record<string, unknown>
  metadata?: Record<string, unknown> | null
  type?: ShippingOptionTypeInput
  type_id?: string
  prices: ShippingOptionPriceInput[]
  rules?: ShippingOptionRuleInput[]
}

/**
 * create-shipping-options: the provider must be enabled at the zone's location · a calculated
 * price is refused (the manual provider calculates none) · the regions of
 * region prices, the shipping profile and `type_id` must exist · create the type, the option,
 * its rules and prices · emit `fulfillment.shipping-option.created` (and the type's and rules').
 */
export function createShippingOptionsWorkflow(c: Container, input: CreateShippingOptionInput): Promise<Row> {
  return c.transaction(async (tx) => {
    await assertProvidersEnabled(tx, [input])
    assertNotCalculated(input)
    await assertRelated(tx, "shipping_profile", "shipping_profile_id", input.shipping_profile_id)
    const typeId = await resolveType(tx, input.type, input.type_id)
    const { type: _, type_id: __, prices, rules, ...fields } = input
    const option = await tx.modules.fulfillment.createShippingOptions({ ...fields, shipping_option_type_id: typeId })
    await createRules(tx, option.id, rules ?? [])
    await createPrices(tx, option.id, prices)
    tx.emit("fulfillment.shipping-option.created", { id: option.id })
    return option
  })
}

export type UpdateShippingOptionInput = Partial<Omit<CreateShippingOptionInput, "service_zone_id">>

/**
 * update-shipping-options for one id: the provider (new or kept) must be enabled at the zone's
 * location (an unknown option has neither, refused in Medusa's words) · update the fields ·
 * `type_id` sets the type (a `type` object is accepted and changes nothing, as in Medusa
 * 2.21.2) · `rules` and `prices` given are the new lists (rules with an id are
 * updated, the rest created; prices are replaced) · emit `fulfillment.shipping-option.updated`.
 */
export function updateShippingOptionWorkflow(c: Container, id: string, input: UpdateShippingOptionInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const fulfillment = tx.modules.fulfillment
    const [current] = await fulfillment.listShippingOptions({ id }, { take: 1 })
    if (!current) throw notAllowed(`Providers (${input.provider_id ?? ""}) are not enabled for the service location`)
    await assertProvidersEnabled(tx, [
      {
        service_zone_id: String(current.service_zone_id),
        provider_id: input.provider_id ?? String(current.provider_id),
      },
    ])
    assertNotCalculated(input)
    await assertRelated(tx, "shipping_profile", "shipping_profile_id", input.shipping_profile_id)
    const { type: _, type_id, prices, rules, ...fields } = input
    const update: Row = { ...fields }
    if (type_id) update.shipping_option_type_id = await resolveType(tx, undefined, type_id)
    if (Object.keys(update).length) await fulfillment.updateShippingOptions(id, update)
    if (rules) await replaceRules(tx, id, rules)
    if (prices) {
      const old = await fulfillment.listShippingOptionPrices({ shipping_option_id: id })
      if (old.length) await fulfillment.softDeleteShippingOptionPrices(old.map((p) => String(p.id)))
      await createPrices(tx, id, prices)
    }
    tx.emit("fulfillment.shipping-option.updated", { id })
    return current
  })
}

async function replaceRules(tx: Container, optionId: string, rules: ShippingOptionRuleInput[]) {
  const fulfillment = tx.modules.fulfillment
  const existing = await fulfillment.listShippingOptionRules({ shipping_option_id: optionId })
  const kept = new Set(rules.flatMap((r) => (r.id ? [r.id] : [])))
  const dropped = existing.map((r) => String(r.id)).filter((ruleId) => !kept.has(ruleId))
  if (dropped.length) await fulfillment.softDeleteShippingOptionRules(dropped)
  for (const ruleId of dropped) tx.emit("fulfillment.shipping-option-rule.deleted", { id: ruleId })
  for (const { id: ruleId, ...rule } of rules.filter((r) => r.id && existing.some((e) => e.id === r.id))) {
    await fulfillment.updateShippingOptionRules(ruleId!, rule)
    tx.emit("fulfillment.shipping-option-rule.updated", { id: ruleId })
  }
  await createRules(
    tx,
    optionId,
    rules.filter((r) => !r.id || !existing.some((e) => e.id === r.id)),
  )
}

/**
 * delete-shipping-options: soft-delete the options with their rules and prices · emit
 * `fulfillment.shipping-option.deleted`. An unknown id deletes nothing and is no error, as in Medusa.
 */
export function deleteShippingOptionsWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction(async (tx) => {
    const removed = await tx.modules.fulfillment.softDeleteShippingOptions(ids)
    return emitDeleted(tx, "fulfillment.shipping-option.deleted", removed.shipping_option_id ?? [])
  })
}
