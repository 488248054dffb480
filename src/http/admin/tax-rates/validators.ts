import { z } from "zod"
import { listQuery, metadata, operatorMap, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { timestampFilters } from "../../validation/filters.js"

const filters = {
  q: text().optional(),
  tax_region_id: z.union([stringOrArray(), operatorMap()]).optional(),
  is_default: z.enum(["true", "false"]).optional(),
  ...timestampFilters(),
}

export const ListTaxRatesQuery = listQuery(20, filters)
export const RetrieveTaxRateQuery = z.object(retrieveParams()).strict()

export const TaxRateRuleBody = z.object({ reference: text(), reference_id: text() }).strict()

const rateFields = {
  rate: z.number().optional(),
  code: text(),
  rules: z.array(TaxRateRuleBody).optional(),
  name: text(),
  is_default: z.boolean().optional(),
  is_combinable: z.boolean().optional(),
  metadata: metadata().optional(),
}

export const CreateTaxRateBody = z
  .object({ ...rateFields, tax_region_id: text(), additional_data: z.record(z.string(), z.unknown()).nullish() })
  .strict()
export const UpdateTaxRateBody = z
  .object({ ...rateFields, code: text().optional(), name: text().optional() })
  .partial()
  .strict()

export const RateParams = z.object({ id: text() })
export const RuleParams = z.object({ id: text(), rule_id: text() })
