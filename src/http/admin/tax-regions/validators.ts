import { z } from "zod"
import { listQuery, metadata, operatorMap, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { recordFilters } from "../../validation/filters.js"

const codeFilter = () => z.union([stringOrArray(), operatorMap()]).optional()
const filters = recordFilters({
  country_code: codeFilter(),
  province_code: codeFilter(),
  parent_id: codeFilter(),
  created_by: stringOrArray().optional(),
})

export const ListTaxRegionsQuery = listQuery(20, filters)
export const RetrieveTaxRegionQuery = z.object(retrieveParams()).strict()

/** Medusa 2.21.2's AdminCreateTaxRegion: a country needs a provider, a province a parent. */
export const CreateTaxRegionBody = z
  .object({
    country_code: text(),
    provider_id: text().nullish(),
    province_code: text().nullish(),
    parent_id: text().nullish(),
    default_tax_rate: z
      .object({
        rate: z.number().optional(),
        code: text(),
        name: text(),
        is_combinable: z.boolean().optional(),
        metadata: metadata().optional(),
      })
      .optional(),
    metadata: metadata().optional(),
    additional_data: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
  .refine((data) => data.parent_id || data.provider_id, {
    path: ["provider_id"],
    message: "Provider is required when creating a non-province tax region.",
  })

export const UpdateTaxRegionBody = z
  .object({ province_code: text().nullish(), provider_id: text().optional(), metadata: metadata().optional() })
  .strict()

export const IdParams = z.object({ id: text() })
