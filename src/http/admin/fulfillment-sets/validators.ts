import { z } from "zod"
import { metadata, retrieveParams, text } from "../../validation/common.js"

export const RetrieveQuery = z.object(retrieveParams()).strict()

// geo zones are not strict in Medusa: unknown keys are dropped
const base = { country_code: text(), metadata: metadata().optional() }
const country = z.object({ ...base, type: z.literal("country") })
const province = z.object({ ...base, type: z.literal("province"), province_code: text() })
const city = z.object({ ...base, type: z.literal("city"), province_code: text(), city: text() })
const zip = z.object({
  ...base,
  type: z.literal("zip"),
  province_code: text(),
  city: text(),
  postal_expression: z.record(z.string(), z.unknown()),
})
/** an update names the zones it keeps by id */
const withId = { id: text().optional() }

export const CreateServiceZoneBody = z
  .object({ name: text(), geo_zones: z.array(z.union([country, province, city, zip])).optional() })
  .strict()

export const UpdateServiceZoneBody = z
  .object({
    name: text().nullish(),
    geo_zones: z
      .array(z.union([country.extend(withId), province.extend(withId), city.extend(withId), zip.extend(withId)]))
      .optional(),
  })
  .strict()
