import { z } from "zod"
import { batchBody, listParams, stringOrArray, text } from "../../validation/common.js"

/** A promotion's rules (Medusa 2.21.2's validators): their bodies and the queries of rule-routes.ts. */

const operator = z.enum(["gte", "lte", "gt", "lt", "eq", "ne", "in"])

export const CreateRule = z
  .object({ operator, description: text().nullish(), attribute: text(), values: z.union([text(), z.array(text())]) })
  .strict()
export const UpdateRule = z
  .object({
    id: text(),
    operator: operator.optional(),
    description: text().nullish(),
    attribute: text().optional(),
    values: z.union([text(), z.array(text())]),
  })
  .strict()

export const RuleBatch = batchBody(CreateRule, UpdateRule)
export type RuleBatchT = z.infer<typeof RuleBatch>

export const RuleOptionsQuery = z.object({
  promotion_type: text().optional(),
  application_method_type: text().optional(),
  application_method_target_type: text().optional(),
})
export const RuleValuesQuery = z.object({
  ...listParams(100),
  q: text().optional(),
  value: stringOrArray().optional(),
  application_method_target_type: text().optional(),
})
