import { z } from "zod"
import { metadata, operatorMap, plainListQuery, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { timestampFilters } from "../../validation/filters.js"
import { CreateCampaign } from "../campaigns/validators.js"
import { CreateRule } from "./rule-validators.js"

const additional = { additional_data: z.record(z.string(), z.unknown()).optional() }

const methodColumns = {
  description: text().nullish(),
  currency_code: text().nullish(),
  max_quantity: z.number().nullish(),
  apply_to_quantity: z.number().nullish(),
  buy_rules_min_quantity: z.number().nullish(),
  allocation: z.enum(["each", "across", "once"]).optional(),
}
const CreateMethod = z
  .object({
    ...methodColumns,
    value: z.number(),
    type: z.enum(["fixed", "percentage"]),
    target_type: z.enum(["order", "shipping_methods", "items"]),
    target_rules: z.array(CreateRule).optional(),
    buy_rules: z.array(CreateRule).optional(),
  })
  .strict()
const UpdateMethod = z
  .object({
    ...methodColumns,
    value: z.number().optional(),
    type: z.enum(["fixed", "percentage"]).optional(),
    target_type: z.enum(["order", "shipping_methods", "items"]).optional(),
  })
  .strict()

const noLimitWhenAutomatic = (p: { is_automatic?: boolean; limit?: number | null }) =>
  !(p.is_automatic && p.limit != null)
const automaticLimit = { message: "Automatic promotions cannot have a usage limit", path: ["limit"] }

/** Medusa 2.21.2's promotion validators and their refinements' messages. */
export const PromotionSchemas = {
  list: plainListQuery(50, {
    q: text().optional(),
    code: z.union([stringOrArray(), operatorMap()]).optional(),
    id: z.union([stringOrArray(), operatorMap()]).optional(),
    campaign_id: stringOrArray().optional(),
    ...timestampFilters(),
  }),
  retrieve: z.object(retrieveParams()).strict(),
  create: z
    .object({
      code: text(),
      is_automatic: z.boolean().optional(),
      type: z.enum(["standard", "buyget"]),
      is_tax_inclusive: z.boolean().optional(),
      status: z.enum(["draft", "active", "inactive"]).default("draft"),
      campaign_id: text().nullish(),
      campaign: CreateCampaign.optional(),
      application_method: CreateMethod,
      rules: z.array(CreateRule).optional(),
      limit: z.number().int().min(1).nullable().optional(),
      metadata: metadata().optional(),
      ...additional,
    })
    .strict()
    .refine(
      (p) =>
        !(p.campaign && p.campaign_id) &&
        (p.type !== "buyget" ||
          ((p.application_method.buy_rules?.length ?? 0) > 0 &&
            p.application_method.apply_to_quantity !== undefined &&
            p.application_method.buy_rules_min_quantity !== undefined)),
      { message: "Buyget promotions require at least one buy rule and quantities to be defined" },
    )
    .refine(noLimitWhenAutomatic, automaticLimit),
  update: z
    .object({
      code: text().optional(),
      is_automatic: z.boolean().optional(),
      is_tax_inclusive: z.boolean().optional(),
      type: z.enum(["standard", "buyget"]).optional(),
      status: z.enum(["draft", "active", "inactive"]).optional(),
      campaign_id: text().nullish(),
      application_method: UpdateMethod.optional(),
      limit: z.number().int().min(1).nullable().optional(),
      metadata: metadata().optional(),
      ...additional,
    })
    .strict()
    .refine(noLimitWhenAutomatic, automaticLimit),
}

export const PreviewQuery = z.object({ cart_id: text() }).strict()
