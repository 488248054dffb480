import { z } from "zod"
import { batchBody, text } from "../../validation/common.js"

/** A shipping option's rules: each an attribute, an operator and a value. */

const OPERATORS = ["gt", "lt", "eq", "ne", "in", "lte", "gte", "nin"] as const
const rule = { operator: z.enum(OPERATORS), attribute: text(), value: z.union([text(), z.array(text())]) }
export const CreateRule = z.object(rule).strict()
export const UpdateRule = z.object({ id: text(), ...rule }).strict()

export const BatchRulesBody = batchBody(CreateRule, UpdateRule)
