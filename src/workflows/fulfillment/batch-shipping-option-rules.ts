import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { assertRelated, createRules, type ShippingOptionRuleInput } from "./shipping-option-parts.js"

export interface BatchShippingOptionRulesInput {
  shipping_option_id: string
  create?: Omit<ShippingOptionRuleInput, "id">[]
  update?: (ShippingOptionRuleInput & { id: string })[]
  delete?: string[]
}

export interface BatchResult {
  created: string[]
  updated: string[]
  deleted: string[]
}

/**
 * batch-shipping-option-rules: the option must exist to take new rules (Medusa's foreign key
 * words) · every updated rule must exist · create · update · soft-delete (unknown ids are no
 * error) · emit `fulfillment.shipping-option-rule.created` / `.updated` / `.deleted`.
 */
export function batchShippingOptionRulesWorkflow(
  c: Container,
  input: BatchShippingOptionRulesInput,
): Promise<BatchResult> {
  return c.transaction(async (tx) => {
    const fulfillment = tx.modules.fulfillment
    const create = input.create ?? []
    const update = input.update ?? []
    if (create.length) await assertRelated(tx, "shipping_option", "shipping_option_id", input.shipping_option_id)
    if (update.length) {
      const found = new Set(
        (await fulfillment.listShippingOptionRules({ id: update.map((r) => r.id) })).map((r) => r.id),
      )
      const missing = update.find((r) => !found.has(r.id))
      if (missing) throw notFound(`ShippingOptionRule with id "${missing.id}" not found`)
    }
    const created = await createRules(tx, input.shipping_option_id, create)
    for (const { id, ...rule } of update) {
      await fulfillment.updateShippingOptionRules(id, rule)
      tx.emit("fulfillment.shipping-option-rule.updated", { id })
    }
    const removed = input.delete?.length ? await fulfillment.softDeleteShippingOptionRules(input.delete) : {}
    for (const id of removed.shipping_option_rule_id ?? []) tx.emit("fulfillment.shipping-option-rule.deleted", { id })
    return { created, updated: update.map((r) => r.id), deleted: input.delete ?? [] }
  })
}
