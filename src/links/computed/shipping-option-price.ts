import { invalidData } from "../../framework/errors.js"
import type { ComputedDef } from "../../framework/model/index.js"
import { ident, raw, sql, type Sql } from "../../framework/sql/sql.js"

/**
 * The price of a shipping option for a cart's currency and region, as Medusa's pricing module
 * picks it: prices in the currency whose rules all hold (`region_id`; `item_total` rules are not
 * applied here), the most specific first (most rules), then the lowest amount. Tax inclusivity
 * follows the price preferences (region, then currency). Context: `currency_code` (required), `region_id`.
 */
function bestPrice(option: string, context: Record<string, unknown>, select: Sql): Sql {
  const currency = context.currency_code
  if (typeof currency !== "string" || currency === "") {
    throw invalidData("shipping option prices need a currency_code in the query context")
  }
  const region = typeof context.region_id === "string" ? context.region_id : ""
  return sql`SELECT ${select} FROM shipping_option_price p
      WHERE p.shipping_option_id = ${ident(option, "id")} AND p.deleted_at IS NULL
        AND lower(p.currency_code) = lower(${currency}::text)
        AND NOT EXISTS (SELECT 1 FROM shipping_option_price_rule r WHERE r.price_id = p.id AND r.deleted_at IS NULL
          AND NOT (r.attribute = 'region_id' AND r.operator = 'eq' AND r.value = ${region}::text))
      ORDER BY (SELECT count(*) FROM shipping_option_price_rule r WHERE r.price_id = p.id AND r.deleted_at IS NULL) DESC,
        p.amount ASC, p.id ASC
      LIMIT 1`
}

/**
 * Medusa's isTaxInclusive for the chosen price `p`: the region's price preference when the price
 * has that region's rule, else the currency's preference (else the store currency's flag, as for
 * variants: docs/pricing.md).
 */
const taxInclusive = (context: Record<string, unknown>) => {
  const currency = String(context.currency_code)
  return sql`coalesce((SELECT pp.is_tax_inclusive FROM shipping_option_price_rule r
        JOIN price_preference pp ON pp.attribute = 'region_id' AND pp.value = r.value AND pp.deleted_at IS NULL
       WHERE r.price_id = p.id AND r.deleted_at IS NULL AND r.attribute = 'region_id' LIMIT 1),
      (SELECT pp.is_tax_inclusive FROM price_preference pp WHERE pp.deleted_at IS NULL
        AND pp.attribute = 'currency_code' AND lower(pp.value) = lower(${currency}::text) LIMIT 1),
      (SELECT sc.is_tax_inclusive FROM store_currency sc
        WHERE lower(sc.currency_code) = lower(${currency}::text) AND sc.deleted_at IS NULL
        ORDER BY sc.is_tax_inclusive DESC LIMIT 1), false)`
}

/** `shipping_option.calculated_price`, in the shape of Medusa's (and of variants'): null when no price applies. */
export const shippingOptionCalculatedPrice: ComputedDef = {
  type: "json",
  inStar: false,
  expression: (o, context) => {
    const rawAmount = sql`json_build_object('value', trim_scale(p.amount)::text, 'precision', 20)`
    const priceRef = sql`json_build_object('id', p.id, 'price_list_id', NULL, 'price_list_type', NULL,
        'min_quantity', p.min_quantity, 'max_quantity', p.max_quantity)`
    const tax = taxInclusive(context)
    return bestPrice(
      o,
      context,
      sql`json_build_object(
        'id', regexp_replace(${ident(o, "id")}, '^so_', 'pset_'),
        'is_calculated_price_price_list', false,
        'is_calculated_price_tax_inclusive', ${tax},
        'calculated_amount', p.amount,
        'raw_calculated_amount', ${rawAmount},
        'is_original_price_price_list', false,
        'is_original_price_tax_inclusive', ${tax},
        'original_amount', p.amount,
        'raw_original_amount', ${rawAmount},
        'currency_code', p.currency_code,
        'calculated_price', ${priceRef},
        'original_price', ${priceRef})`,
    )
  },
}

/** `shipping_option.amount`: the calculated amount (Medusa's list for a cart adds it). */
export const shippingOptionAmount: ComputedDef = {
  type: "number",
  inStar: false,
  expression: (o, context) => bestPrice(o, context, raw("p.amount")),
}

/** `shipping_option.is_tax_inclusive`: whether the calculated price includes tax. */
export const shippingOptionTaxInclusive: ComputedDef = {
  type: "boolean",
  inStar: false,
  expression: (o, context) => sql`coalesce((${bestPrice(o, context, taxInclusive(context))}), false)`,
}

/**
 * `shipping_option.insufficient_inventory` for a cart (context `cart_id`): some line item's
 * variant manages inventory without backorders and has an inventory item that requires shipping
 * with no level, or too little available, at the location of the option's fulfillment set.
 */
export const shippingOptionInsufficientInventory: ComputedDef = {
  type: "boolean",
  inStar: false,
  expression: (o, context) => {
    const cart = typeof context.cart_id === "string" ? context.cart_id : ""
    return sql`EXISTS (
      SELECT 1 FROM cart_line_item li
        JOIN product_variant v ON v.id = li.variant_id AND v.manage_inventory AND NOT v.allow_backorder
        JOIN product_variant_inventory_item pvi ON pvi.variant_id = v.id AND pvi.deleted_at IS NULL
        JOIN inventory_item ii ON ii.id = pvi.inventory_item_id AND ii.deleted_at IS NULL AND ii.requires_shipping
       WHERE li.cart_id = ${cart}::text AND li.deleted_at IS NULL
         AND coalesce((SELECT l.stocked_quantity - l.reserved_quantity FROM inventory_level l
               JOIN service_zone sz ON sz.id = ${ident(o, "service_zone_id")}
               JOIN location_fulfillment_set lfs ON lfs.fulfillment_set_id = sz.fulfillment_set_id AND lfs.deleted_at IS NULL
              WHERE l.inventory_item_id = ii.id AND l.location_id = lfs.stock_location_id AND l.deleted_at IS NULL
              LIMIT 1), -1) < li.quantity)`
  },
}
