import type { Container } from "../../../app/container.js"
import type { CartContext, ItemContext, ShippingContext } from "../../../modules/promotion/compute/types.js"

interface Adjustment {
  id: string
  code: string | null
}
export interface CartPromotionRead extends CartContext {
  id: string
  items: (ItemContext & { adjustments: Adjustment[] })[]
  shipping_methods: (ShippingContext & { adjustments: Adjustment[] })[]
  promotions: { id: string; code: string }[]
}

const FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "customer_id",
  "email",
  "region.id",
  "customer.id",
  "customer.groups",
  "shipping_address.country_code",
  "items.id",
  "items.quantity",
  "items.subtotal",
  "items.original_total",
  "items.is_discountable",
  "items.product_id",
  "items.variant_id",
  "items.product.id",
  "items.product.collection_id",
  "items.product.type_id",
  "items.product.categories.id",
  "items.product.tags.id",
  "items.adjustments.id",
  "items.adjustments.code",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.subtotal",
  "shipping_methods.shipping_option_id",
  "shipping_methods.shipping_option.shipping_option_type_id",
  "shipping_methods.adjustments.id",
  "shipping_methods.adjustments.code",
  "promotions.id",
  "promotions.code",
]

/**
 * The cart as Medusa's promotion rules see it (one Query statement): its channel, region,
 * currency, customer and groups (salesgraph has no customer groups yet: the list is empty),
 * address, items with their product (categories, collection, type, tags) and shipping methods
 * with their option; with the adjustments and promotions it has now.
 */
export async function promotionContext(c: Container, cartId: string): Promise<CartPromotionRead> {
  const { data } = await c.query.graph<CartPromotionRead>({ entity: "cart", fields: FIELDS, filters: { id: cartId } })
  const cart = data[0]
  for (const item of cart.items) {
    item.quantity = Number(item.quantity)
    item.subtotal = Number(item.subtotal)
    item.original_total = Number(item.original_total)
  }
  for (const method of cart.shipping_methods) {
    // Medusa's computeActions reads the method's subtotal: without its tax when the amount includes it
    method.subtotal = Number(method.subtotal)
    const option = method.shipping_option as { shipping_option_type_id?: string } | null | undefined
    method.shipping_option = { id: method.shipping_option_id, shipping_option_type_id: option?.shipping_option_type_id }
  }
  return cart
}
