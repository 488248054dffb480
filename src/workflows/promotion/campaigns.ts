import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"

export interface BudgetInput {
  type: string
  limit?: number | null
  currency_code?: string | null
  attribute?: string | null
}
export interface CampaignInput {
  name: string
  campaign_identifier: string
  description?: string | null
  budget?: BudgetInput | null
  starts_at?: Date | null
  ends_at?: Date | null
}
export type CampaignUpdate = Partial<Omit<CampaignInput, "budget">> & { budget?: { limit?: number | null } }

const iso = (d: Date | null | undefined) => (d === undefined ? undefined : (d?.toISOString() ?? null))

async function assertIdentifierFree(tx: Container, identifier: string, exceptId?: string) {
  const [taken] = await tx.modules.promotion.listCampaigns({ campaign_identifier: identifier })
  if (taken && taken.id !== exceptId)
    throw invalidData(`Promotion campaign with campaign_identifier: ${identifier}, already exists.`)
}

/** Creates a campaign and its budget inside the caller's transaction; returns its id. */
export async function createCampaignStep(tx: Container, input: CampaignInput): Promise<string> {
  await assertIdentifierFree(tx, input.campaign_identifier)
  const { budget, starts_at, ends_at, ...rest } = input
  const campaign = await tx.modules.promotion.createCampaigns({
    ...rest,
    description: rest.description ?? null,
    starts_at: iso(starts_at) ?? null,
    ends_at: iso(ends_at) ?? null,
  })
  const id = String(campaign.id)
  if (budget) {
    const row = await tx.modules.promotion.createCampaignBudgets({
      type: budget.type,
      limit: budget.limit ?? null,
      currency_code: budget.currency_code ?? null,
      attribute: budget.attribute ?? null,
      campaign_id: id,
    })
    await tx.modules.promotion.updateCampaigns(id, { budget_id: row.id })
  }
  tx.emit("campaign.created", { id })
  return id
}

/** create-campaigns */
export function createCampaignWorkflow(c: Container, input: CampaignInput): Promise<{ id: string }> {
  return c.transaction(async (tx) => ({ id: await createCampaignStep(tx, input) }))
}

/** update-campaigns: the budget's limit only (its type and currency are immutable, as in Medusa). */
export function updateCampaignWorkflow(c: Container, id: string, input: CampaignUpdate): Promise<{ id: string }> {
  return c.transaction(async (tx) => {
    const [campaign] = await tx.modules.promotion.listCampaigns({ id })
    if (!campaign) throw notFound(`Campaign with id "${id}" not found`)
    if (input.campaign_identifier) await assertIdentifierFree(tx, input.campaign_identifier, id)
    const { budget, starts_at, ends_at, ...rest } = input
    await tx.modules.promotion.updateCampaigns(id, { ...rest, starts_at: iso(starts_at), ends_at: iso(ends_at) })
    const [row] = await tx.modules.promotion.listCampaignBudgets({ campaign_id: id })
    if (budget && "limit" in budget && row)
      await tx.modules.promotion.updateCampaignBudgets(String(row.id), { limit: budget.limit ?? null })
    tx.emit("campaign.updated", { id })
    return { id }
  })
}

/** delete-campaigns: soft-deletes the campaign and its budget; its promotions leave it. */
export function deleteCampaignWorkflow(c: Container, id: string): Promise<void> {
  return c.transaction(async (tx) => {
    const [campaign] = await tx.modules.promotion.listCampaigns({ id })
    if (!campaign) return
    await tx.modules.promotion.updatePromotions({ selector: { campaign_id: id }, data: { campaign_id: null } })
    await tx.modules.promotion.softDeleteCampaigns([id])
    const budgets = await tx.modules.promotion.listCampaignBudgets({ campaign_id: id })
    await tx.modules.promotion.softDeleteCampaignBudgets(budgets.map((b) => String(b.id)))
    tx.emit("campaign.deleted", { id })
  })
}
