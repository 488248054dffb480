import { DEFAULT_FIELDS as ADMIN_DEFAULT_FIELDS } from "../../admin/regions/query-config.js"

/** Medusa's store defaults: the admin's but `automatic_taxes`. */
export const DEFAULT_FIELDS = ADMIN_DEFAULT_FIELDS.filter((field) => field !== "automatic_taxes")
export const DEFAULT_LIMIT = 50

/** What a storefront may ask for (exact names; anything else is dropped, as in Medusa 2.21). */
export const ALLOWED_FIELDS: ReadonlySet<string> = new Set([
  ...DEFAULT_FIELDS.map((f) => f.replace(/^\*|\.\*$/g, "")),
  "countries.id",
  "countries.iso_2",
  "countries.iso_3",
  "countries.num_code",
  "countries.name",
  "countries.display_name",
  "payment_providers",
  "payment_providers.id",
  "payment_providers.is_enabled",
])
