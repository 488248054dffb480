import { moduleService, type Row } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { CartLineItemAdjustment, CartShippingMethodAdjustment } from "./models/adjustments.js"
import { CartAddress, Cart, CartLineItem, CartShippingMethod } from "./models/cart.js"
import { CartCreditLine } from "./models/credit-line.js"
import { CartLineItemTaxLine, CartShippingMethodTaxLine } from "./models/tax-lines.js"

export class CartService extends moduleService({
  Address: CartAddress,
  Cart,
  LineItem: CartLineItem,
  ShippingMethod: CartShippingMethod,
  LineItemTaxLine: CartLineItemTaxLine,
  LineItemAdjustment: CartLineItemAdjustment,
  ShippingMethodTaxLine: CartShippingMethodTaxLine,
  ShippingMethodAdjustment: CartShippingMethodAdjustment,
  CreditLine: CartCreditLine,
}) {
  /** Takes the live cart's row lock for the rest of the transaction; false when there is no such cart. */
  async lock(id: string): Promise<boolean> {
    const rows = await this.db.query(sql`SELECT id FROM cart WHERE id = ${id}::text AND deleted_at IS NULL FOR UPDATE`)
    return rows.length > 0
  }

  /**
   * Makes `items` and `shipping` the tax lines of the cart's lines and shipping methods (Medusa's
   * setLineItemTaxLines / setShippingMethodTaxLines): the cart's other tax lines are soft-deleted.
   */
  async setTaxLines(cartId: string, items: Row[], shipping: Row[]): Promise<void> {
    await this.db.query(
      sql`UPDATE cart_line_item_tax_line SET deleted_at = now() WHERE deleted_at IS NULL
          AND item_id IN (SELECT id FROM cart_line_item WHERE cart_id = ${cartId}::text)`,
    )
    await this.db.query(
      sql`UPDATE cart_shipping_method_tax_line SET deleted_at = now() WHERE deleted_at IS NULL
          AND shipping_method_id IN (SELECT id FROM cart_shipping_method WHERE cart_id = ${cartId}::text)`,
    )
    if (items.length) await this.createLineItemTaxLines(items)
    if (shipping.length) await this.createShippingMethodTaxLines(shipping)
  }
}
