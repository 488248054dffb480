import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { CartLineItemAdjustment, CartShippingMethodAdjustment } from "./models/adjustments.js"
import { CartAddress, Cart, CartLineItem, CartShippingMethod } from "./models/cart.js"
import { CartCreditLine } from "./models/credit-line.js"
import { CartLineItemTaxLine, CartShippingMethodTaxLine } from "./models/tax-lines.js"

export class CartService extends moduleService({
  Cart,
  LineItem: CartLineItem,
  Address: CartAddress,
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
}
