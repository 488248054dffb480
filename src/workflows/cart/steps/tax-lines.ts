import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"

interface CartForTaxes {
  id: string
  region: { automatic_taxes: boolean } | null
  shipping_address: { country_code: string | null; province: string | null } | null
  items: { id: string; product_id: string | null; product_type_id: string | null; is_giftcard: boolean }[]
  shipping_methods: { id: string; shipping_option_id: string | null }[]
}

const FIELDS = [
  "id",
  "region.automatic_taxes",
  "shipping_address.country_code",
  "shipping_address.province",
  "items.id",
  "items.product_id",
  "items.product_type_id",
  "items.is_giftcard",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
]

/**
 * Medusa's update-tax-lines: when the cart's region computes taxes automatically (or `force`, the
 * store's "calculate taxes" route) and the cart ships to a country, its lines (gift cards aside)
 * and shipping methods get the tax lines of the tax module's rates for that country and province;
 * otherwise they have none. Runs after every change of the cart, before promotions and the
 * payment collection, which depend on the totals.
 */
export async function refreshTaxLines(c: Container, cartId: string, force = false): Promise<void> {
  const { data } = await c.query.graph<CartForTaxes>({ entity: "cart", fields: FIELDS, filters: { id: cartId } })
  const cart = data[0]
  if (!cart) return
  const address = cart.shipping_address
  if (force && !address?.country_code) throw invalidData("country code is required to calculate taxes")
  const calculate = (force || cart.region?.automatic_taxes) && !!address?.country_code
  if (!calculate) return c.modules.cart.setTaxLines(cart.id, [], [])
  const where = { country_code: address.country_code!, province_code: address.province }
  const items = cart.items.filter((i) => !i.is_giftcard)
  const itemLines = await c.modules.tax.getTaxLines(items, where)
  const shippingLines = await c.modules.tax.getTaxLines(cart.shipping_methods, where)
  const columns = ({ item_id: _, ...line }: (typeof itemLines)[number]) => line
  await c.modules.cart.setTaxLines(
    cart.id,
    itemLines.map((line) => ({ ...columns(line), item_id: line.item_id })),
    shippingLines.map((line) => ({ ...columns(line), shipping_method_id: line.item_id })),
  )
}
