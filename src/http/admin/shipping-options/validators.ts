import { z } from "zod"
import { metadata, plainListQuery, queryBoolean, retrieveParams, stringOrArray, text } from "../../validation/common.js"
import { stringFilters, timestampFilters } from "../../validation/filters.js"
import { DEFAULT_LIMIT } from "./query-config.js"
import { CreateRule, UpdateRule } from "./rule-validators.js"

export const ListShippingOptionsQuery = plainListQuery(DEFAULT_LIMIT, {
  id: stringOrArray().optional(),
  q: text().optional(),
  ...stringFilters("service_zone_id", "shipping_profile_id", "provider_id", "stock_location_id"),
  // accepted and not applied (Medusa 2.21.2 answers them with a 500)
  is_return: queryBoolean().optional(),
  admin_only: queryBoolean().optional(),
  shipping_option_type_id: stringOrArray().optional(),
  ...timestampFilters(),
})

export const RetrieveQuery = z.object(retrieveParams()).strict()

const PRICE_OPERATORS = ["gt", "lt", "eq", "lte", "gte"] as const

const TypeObject = z.object({ label: text(), description: text().optional(), code: text() }).strict()
const PriceRules = z.array(
  z.object({ attribute: z.literal("item_total"), operator: z.enum(PRICE_OPERATORS), value: z.number() }),
)

const currencyPrice = { currency_code: text(), amount: z.number(), rules: PriceRules.optional() }
const regionPrice = { region_id: text(), amount: z.number(), rules: PriceRules.optional() }

/** Medusa's words when both or neither of `type` and `type_id` are given */
const oneType = (data: { type?: unknown; type_id?: unknown }) =>
  (data.type !== undefined) !== (data.type_id !== undefined)

export const CreateShippingOptionBody = z
  .object({
    name: text(),
    service_zone_id: text(),
    shipping_profile_id: text(),
    data: z.record(z.string(), z.unknown()).optional(),
    price_type: z.enum(["calculated", "flat"]),
    provider_id: text(),
    type: TypeObject.optional(),
    type_id: text().optional(),
    prices: z.array(z.union([z.object(currencyPrice).strict(), z.object(regionPrice).strict()])),
    rules: z.array(CreateRule).optional(),
    metadata: metadata().optional(),
  })
  .strict()
  .refine(oneType, {
    message: "Exactly one of 'type' or 'type_id' must be provided, but not both",
    path: ["type_id", "type"],
  })

const optional = <T extends Record<string, z.ZodType>>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>
  }

export const UpdateShippingOptionBody = z
  .object({
    name: text().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    price_type: z.enum(["calculated", "flat"]).optional(),
    provider_id: text().optional(),
    shipping_profile_id: text().optional(),
    type: TypeObject.optional(),
    type_id: text().optional(),
    prices: z
      .array(
        z.union([
          z.object({ id: text().optional(), ...optional(currencyPrice) }).strict(),
          z.object({ id: text().optional(), ...optional(regionPrice) }).strict(),
        ]),
      )
      .optional(),
    rules: z.array(z.union([UpdateRule, CreateRule])).optional(),
    metadata: metadata().optional(),
  })
  .strict()
  .refine((d) => (d.type === undefined && d.type_id === undefined) || oneType(d), {
    message: "Only one of 'type' or 'type_id' can be provided",
    path: ["type_id", "type"],
  })
