import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import { assertCodeFree, type MethodInput, type PromotionInput } from "./create-promotion.js"

export type PromotionUpdate = Partial<Omit<PromotionInput, "application_method" | "rules" | "campaign">> & {
  application_method?: Partial<Omit<MethodInput, "target_rules" | "buy_rules">>
}

/** The live promotion, or Medusa's 404. */
export async function promotionOr404(tx: Container, id: string) {
  const [promotion] = await tx.modules.promotion.listPromotions({ id })
  if (!promotion) throw notFound(`Promotion with id "${id}" not found`)
  return promotion
}

/** update-promotions: code free · campaign found · a limit not under the usage · method columns. */
export function updatePromotionWorkflow(c: Container, id: string, input: PromotionUpdate): Promise<{ id: string }> {
  return c.transaction(async (tx) => {
    const promotion = await promotionOr404(tx, id)
    const { application_method: method, ...columns } = input
    if (input.code) await assertCodeFree(tx, input.code, id)
    if (input.campaign_id && !(await tx.modules.promotion.listCampaigns({ id: input.campaign_id })).length)
      throw invalidData(`Could not find campaign with id ${input.campaign_id}`)
    if (typeof input.limit === "number" && input.limit < Number(promotion.used))
      throw invalidData(`Promotion limit (${input.limit}) cannot be less than current usage (${promotion.used})`)
    await tx.modules.promotion.updatePromotions(id, columns)
    if (method) {
      const { description, ...methodColumns } = method
      const [am] = await tx.modules.promotion.listApplicationMethods({ promotion_id: id })
      if (am) await tx.modules.promotion.updateApplicationMethods(String(am.id), methodColumns)
    }
    tx.emit("promotion.updated", { id })
    return { id }
  })
}

/** delete-promotions: soft-deletes the promotion (carts keep their adjustments until refreshed). */
export function deletePromotionWorkflow(c: Container, id: string): Promise<void> {
  return c.transaction(async (tx) => {
    const [promotion] = await tx.modules.promotion.listPromotions({ id })
    if (!promotion) return
    await tx.modules.promotion.softDeletePromotions([id])
    tx.emit("promotion.deleted", { id })
  })
}
