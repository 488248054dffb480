import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import type { RuleInput, RuleOwner } from "../../modules/promotion/service.js"
import { promotionOr404 } from "./update-promotion.js"

export type RuleType = "rules" | "target-rules" | "buy-rules"
export interface RuleBatchInput {
  create?: RuleInput[]
  update?: (Partial<RuleInput> & { id: string; values: string | string[] })[]
  delete?: string[]
}

/** The owner column of a rule type, for the promotion and its application method. */
export async function ruleOwner(tx: Container, promotionId: string, type: RuleType): Promise<RuleOwner> {
  const promotion = await promotionOr404(tx, promotionId)
  if (type === "rules") return { promotion_id: promotionId }
  const [method] = await tx.modules.promotion.listApplicationMethods({ promotion_id: promotionId })
  const methodId = method ? String(method.id) : undefined
  if (!methodId) throw invalidData("application_method for promotion not found")
  if (type === "buy-rules" && promotion.type === "standard")
    throw invalidData("Can't add buy rules to a standard promotion")
  return type === "target-rules" ? { target_method_id: methodId } : { buy_method_id: methodId }
}

/**
 * batch-promotion-rules: create, update (values replaced) and delete a promotion's rules of one
 * type; an update or delete of a rule that is not the promotion's is Medusa's 400.
 */
export function batchPromotionRulesWorkflow(
  c: Container,
  promotionId: string,
  type: RuleType,
  input: RuleBatchInput,
): Promise<{ created: string[]; updated: string[]; deleted: string[] }> {
  return c.transaction(async (tx) => {
    const owner = await ruleOwner(tx, promotionId, type)
    const svc = tx.modules.promotion
    const own = new Set((await svc.listPromotionRules(owner)).map((r) => String(r.id)))
    const unknown = [...(input.update ?? []).map((u) => u.id), ...(input.delete ?? [])].filter((id) => !own.has(id))
    if (unknown.length) throw invalidData(`Promotion rules with id - ${unknown.join(", ")} not found`)
    const created = await svc.createRulesFor(owner, input.create ?? [])
    for (const { id, values, ...columns } of input.update ?? []) await svc.updatePromotionRules(id, columns)
    await svc.setRuleValues(input.update ?? [])
    await svc.deleteRulesWithValues(input.delete ?? [])
    tx.emit("promotion.updated", { id: promotionId })
    return { created, updated: (input.update ?? []).map((u) => u.id), deleted: input.delete ?? [] }
  })
}
