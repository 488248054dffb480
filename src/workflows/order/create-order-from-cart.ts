import type { Container } from "../../app/container.js"
import { generateId } from "../../framework/ids.js"
import type { Row, StoredRow } from "../../framework/service/index.js"

const ADDRESS_FIELDS = [
  "customer_id",
  "company",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "country_code",
  "province",
  "postal_code",
  "phone",
  "metadata",
] as const

const LINE_FIELDS = [
  "title",
  "subtitle",
  "thumbnail",
  "quantity",
  "variant_id",
  "product_id",
  "product_title",
  "product_description",
  "product_subtitle",
  "product_type",
  "product_type_id",
  "product_collection",
  "product_handle",
  "variant_sku",
  "variant_barcode",
  "variant_title",
  "variant_option_values",
  "requires_shipping",
  "is_discountable",
  "is_giftcard",
  "is_tax_inclusive",
  "is_custom_price",
  "compare_at_unit_price",
  "unit_price",
  "metadata",
] as const

const SHIPPING_FIELDS = [
  "name",
  "description",
  "amount",
  "is_tax_inclusive",
  "shipping_option_id",
  "data",
  "metadata",
] as const

const TAX_LINE_FIELDS = ["description", "tax_rate_id", "code", "rate", "provider_id", "metadata"] as const
const ADJUSTMENT_FIELDS = [
  "description",
  "code",
  "amount",
  "is_tax_inclusive",
  "provider_id",
  "promotion_id",
  "metadata",
] as const

const pick = (row: Row, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]))

/** The rows of `list` (tax lines, adjustments) of each cart line, for the order line that replaces it. */
function copiesOf(lines: Row[], ids: Map<string, string>, list: string, fields: readonly string[], key: string) {
  return lines.flatMap((line) =>
    ((line[list] as Row[] | undefined) ?? []).map((row) => ({ ...pick(row, fields), [key]: ids.get(line.id) })),
  )
}

export interface CartToOrder {
  region_id: string | null
  customer_id: string | null
  sales_channel_id: string | null
  email: string | null
  currency_code: string
  locale: string | null
  metadata: Record<string, unknown> | null
  shipping_address: Row | null
  billing_address: Row | null
  items: StoredRow[]
  shipping_methods: StoredRow[]
}

/**
 * The order of a cart (Medusa's cart → order mapping): its channel, region, customer, email,
 * currency, locale, metadata, copies of its addresses, its lines (the snapshots and prices
 * they hold) and shipping methods with their tax lines and adjustments; status `pending`, next
 * display id. Returns the order and the order line (and shipping method) created for each cart line
 * (and method).
 */
export async function createOrderFromCart(
  tx: Container,
  cart: CartToOrder,
): Promise<{ order: Row; lineIds: Map<string, string>; methodIds: Map<string, string> }> {
  const copyAddress = async (address: Row | null) =>
    address ? (await tx.modules.order.createOrderAddresses(pick(address, ADDRESS_FIELDS))).id : null
  const order = await tx.modules.order.createOrders({
    region_id: cart.region_id,
    customer_id: cart.customer_id,
    sales_channel_id: cart.sales_channel_id,
    status: "pending",
    email: cart.email,
    currency_code: cart.currency_code,
    locale: cart.locale,
    shipping_address_id: await copyAddress(cart.shipping_address),
    billing_address_id: await copyAddress(cart.billing_address),
    no_notification: false,
    metadata: cart.metadata,
  })
  const lineIds = new Map(cart.items.map((item) => [item.id, generateId("ordli")]))
  await tx.modules.order.createOrderLineItems(
    cart.items.map((item) => ({
      id: lineIds.get(item.id),
      order_id: order.id,
      ...pick(item, LINE_FIELDS),
      metadata: item.metadata ?? {},
    })),
  )
  const methodIds = new Map(cart.shipping_methods.map((m) => [m.id, generateId("ordsm")]))
  await tx.modules.order.createOrderShippingMethods(
    cart.shipping_methods.map((method) => ({
      id: methodIds.get(method.id),
      order_id: order.id,
      ...pick(method, SHIPPING_FIELDS),
    })),
  )
  await copyTaxesAndDiscounts(tx, cart, lineIds, methodIds)
  return { order, lineIds, methodIds }
}

async function copyTaxesAndDiscounts(
  tx: Container,
  cart: CartToOrder,
  lineIds: Map<string, string>,
  methodIds: Map<string, string>,
) {
  const order = tx.modules.order
  const itemTaxes = copiesOf(cart.items, lineIds, "tax_lines", TAX_LINE_FIELDS, "item_id")
  const itemAdjustments = copiesOf(cart.items, lineIds, "adjustments", ADJUSTMENT_FIELDS, "item_id")
  const methodTaxes = copiesOf(cart.shipping_methods, methodIds, "tax_lines", TAX_LINE_FIELDS, "shipping_method_id")
  const methodAdjustments = copiesOf(
    cart.shipping_methods,
    methodIds,
    "adjustments",
    ADJUSTMENT_FIELDS,
    "shipping_method_id",
  )
  if (itemTaxes.length) await order.createOrderLineItemTaxLines(itemTaxes)
  if (itemAdjustments.length) await order.createOrderLineItemAdjustments(itemAdjustments)
  if (methodTaxes.length) await order.createOrderShippingMethodTaxLines(methodTaxes)
  if (methodAdjustments.length) await order.createOrderShippingMethodAdjustments(methodAdjustments)
}
