import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import type { RuleInput } from "../../modules/promotion/service.js"
import { createCampaignStep, type CampaignInput } from "./campaigns.js"

export interface MethodInput {
  value: number
  type: string
  target_type: string
  allocation?: string
  currency_code?: string | null
  max_quantity?: number | null
  apply_to_quantity?: number | null
  buy_rules_min_quantity?: number | null
  description?: string | null
  target_rules?: RuleInput[]
  buy_rules?: RuleInput[]
}
export interface PromotionInput {
  code: string
  type: string
  status: string
  is_automatic?: boolean
  is_tax_inclusive?: boolean
  campaign_id?: string | null
  campaign?: CampaignInput
  application_method: MethodInput
  rules?: RuleInput[]
  limit?: number | null
  metadata?: Record<string, unknown> | null
}

/** Medusa's checks of an application method against its promotion's type. */
export function validateMethod(type: string, method: Pick<MethodInput, "target_type" | "target_rules" | "buy_rules">) {
  if (method.target_type === "order" && method.target_rules?.length)
    throw invalidData("Target rules for application method with target type (order) is not allowed")
  if (type === "buyget" && !method.buy_rules?.length)
    throw invalidData("Buy rules are required for buyget promotion type")
  if (type === "buyget" && !method.target_rules?.length)
    throw invalidData("Target rules are required for buyget promotion type")
}

export async function assertCodeFree(tx: Container, code: string, exceptId?: string) {
  const [taken] = await tx.modules.promotion.listPromotions({ code })
  if (taken && taken.id !== exceptId) throw invalidData(`Promotion with code: ${code}, already exists.`)
}

/**
 * create-promotions: code free · campaign given by id (found) or inline (not both) · a spend
 * campaign in the method's currency · the method fits the type · write the promotion, its
 * campaign, its method and the rules · emit `promotion.created`.
 */
export function createPromotionWorkflow(c: Container, input: PromotionInput): Promise<{ id: string }> {
  return c.transaction(async (tx) => {
    const { application_method: method, rules = [], campaign, campaign_id, ...promotion } = input
    await assertCodeFree(tx, input.code)
    if (campaign && campaign_id)
      throw invalidData("Provide either the 'campaign' or 'campaign_id' parameter; both cannot be used simultaneously.")
    if (campaign_id && !(await tx.modules.promotion.listCampaigns({ id: campaign_id })).length)
      throw notFound(`Could not find campaign with id - ${campaign_id}`)
    if (campaign?.budget?.type === "spend" && campaign.budget.currency_code !== method.currency_code)
      throw invalidData("Currency between promotion and campaigns should match")
    validateMethod(input.type, method)
    const campaignId = campaign ? await createCampaignStep(tx, campaign) : (campaign_id ?? null)
    const row = await tx.modules.promotion.createPromotions({ ...promotion, campaign_id: campaignId })
    const id = String(row.id)
    const { target_rules = [], buy_rules = [], description, ...methodColumns } = method
    const am = await tx.modules.promotion.createApplicationMethods({
      ...methodColumns,
      allocation: methodColumns.allocation ?? null,
      promotion_id: id,
    })
    await tx.modules.promotion.updatePromotions(id, { application_method_id: am.id })
    const svc = tx.modules.promotion
    await svc.createRulesFor({ promotion_id: id }, rules)
    await svc.createRulesFor({ target_method_id: String(am.id) }, target_rules)
    await svc.createRulesFor({ buy_method_id: String(am.id) }, buy_rules)
    tx.emit("promotion.created", { id })
    return { id }
  })
}
