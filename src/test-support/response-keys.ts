/** Helpers for asserting a response's shape: the keys Medusa's product, variant, option, sales channel, customer and address objects carry. */

/** The rows' ids, in the response's order. */
export const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
/** A copy of the list, sorted. */
export const sorted = (list: string[]) => [...list].sort()
/** A list envelope's paging: `{count, offset, limit}`. */
export const paging = (body: { count: number; offset: number; limit: number }) => ({
  count: body.count,
  offset: body.offset,
  limit: body.limit,
})
/** An object's keys, sorted. */
export const keys = (o: object) => Object.keys(o).sort()

/** The keys every product shape carries (the store's default fields); `extra` adds a route's own. */
export const productKeys = (...extra: string[]) =>
  sorted([
    ...["collection", "collection_id", "created_at", "description", "discountable", "handle", "height", "hs_code"],
    ...["id", "images", "is_giftcard", "length", "material", "mid_code", "options", "origin_country", "subtitle"],
    ...["tags", "thumbnail", "title", "type", "type_id", "updated_at", "variants", "weight", "width"],
    ...extra,
  ])

/** The keys every variant shape carries; `extra` adds a route's own (deleted_at, images, prices, product). */
export const variantKeys = (...extra: string[]) =>
  sorted([
    ...["allow_backorder", "barcode", "created_at", "ean", "height", "hs_code", "id", "length", "manage_inventory"],
    ...["material", "metadata", "mid_code", "options", "origin_country", "product_id", "sku", "thumbnail", "title"],
    ...["upc", "updated_at", "variant_rank", "weight", "width"],
    ...extra,
  ])

/** The keys of a product option (the store's option route); `extra` adds deleted_at where a product embeds it. */
export const optionKeys = (...extra: string[]) =>
  sorted(["created_at", "id", "is_exclusive", "metadata", "title", "updated_at", "values", ...extra])

/** The keys of an option value. */
export const OPTION_VALUE_KEYS = [
  "created_at",
  "deleted_at",
  "id",
  "metadata",
  "option_id",
  "rank",
  "updated_at",
  "value",
]

/** The keys of a sales channel (its default fields, as a product, order or API key embeds it). */
export const SALES_CHANNEL_KEYS = [
  "created_at",
  "deleted_at",
  "description",
  "id",
  "is_disabled",
  "metadata",
  "name",
  "updated_at",
]

/** The keys every customer shape carries; `extra` adds a route's own (addresses, created_by). */
export const customerKeys = (...extra: string[]) =>
  sorted([
    ...["company_name", "created_at", "deleted_at", "email", "first_name", "has_account", "id", "last_name"],
    ...["metadata", "phone", "updated_at", ...extra],
  ])

/** The keys every customer address shape carries; `extra` adds a route's own (is_default_billing, …). */
export const addressKeys = (...extra: string[]) =>
  sorted([
    ...["address_1", "address_2", "address_name", "city", "company", "country_code", "created_at", "customer_id"],
    ...["first_name", "id", "last_name", "metadata", "phone", "postal_code", "province", "updated_at", ...extra],
  ])

/** The keys of a region (the store's default fields); the admin's add `automatic_taxes`. */
export const regionKeys = (...extra: string[]) =>
  sorted(["countries", "created_at", "currency_code", "deleted_at", "id", "metadata", "name", "updated_at", ...extra])

/** The keys of a shipping option both APIs answer; `extra` adds the admin's or the store's own. */
export const shippingOptionKeys = (...extra: string[]) =>
  sorted([
    ...["data", "id", "name", "price_type", "prices", "provider", "provider_id", "rules", "service_zone"],
    ...["service_zone_id", "shipping_profile_id", "type", ...extra],
  ])

/** The keys of a product category on the store; the admin's add `is_active` and `is_internal`. */
export const categoryKeys = (...extra: string[]) =>
  sorted([
    ...["category_children", "created_at", "description", "external_id", "handle", "id", "metadata", "name"],
    ...["parent_category", "parent_category_id", "rank", "updated_at", ...extra],
  ])

/** The keys of a tax region, in Medusa's order: its columns, then the relations its default fields expand. */
export const TAX_REGION_KEYS = [
  ...["id", "country_code", "province_code", "parent_id", "provider_id", "created_by", "created_at", "updated_at"],
  ...["deleted_at", "metadata", "children", "parent", "tax_rates"],
]

/** A list envelope holding every row on its first page: `rows` under `key`, counted, at `offset` 0. */
export const firstPage = (key: string, rows: unknown[], limit: number) => ({
  [key]: rows,
  count: rows.length,
  offset: 0,
  limit,
})
