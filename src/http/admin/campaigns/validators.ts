import { z } from "zod"
import { plainListQuery, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { timestampFilters } from "../../validation/filters.js"

const date = () => z.coerce.date().nullish()

/** Medusa 2.21.2's campaign budget: a spend budget has a currency, a usage budget none. */
export const CreateCampaignBudget = z
  .object({
    type: z.enum(["spend", "usage", "use_by_attribute", "spend_by_attribute"]),
    limit: z.number().nullish(),
    currency_code: text().nullish(),
    attribute: text().nullish(),
  })
  .strict()
  .refine((b) => b.type !== "spend" || !!b.currency_code, {
    path: ["currency_code"],
    message: "currency_code is required when budget type is spend",
  })
  .refine((b) => b.type !== "usage" || !b.currency_code, {
    path: ["currency_code"],
    message: "currency_code should not be present when budget type is usage",
  })

export const CreateCampaign = z
  .object({
    name: text(),
    campaign_identifier: text(),
    description: text().nullish(),
    budget: CreateCampaignBudget.nullish(),
    starts_at: date(),
    ends_at: date(),
  })
  .strict()

export const CampaignSchemas = {
  list: plainListQuery(50, {
    id: stringOrArray().optional(),
    q: text().optional(),
    campaign_identifier: text().optional(),
    ...timestampFilters(),
  }),
  retrieve: z.object(retrieveParams()).strict(),
  create: CreateCampaign.extend({ additional_data: z.record(z.string(), z.unknown()).optional() }),
  update: z
    .object({
      name: text().optional(),
      campaign_identifier: text().optional(),
      description: text().nullish(),
      budget: z.object({ limit: z.number().nullish() }).strict().optional(),
      starts_at: date(),
      ends_at: date(),
      additional_data: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
}
