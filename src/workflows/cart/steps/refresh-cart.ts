import type { Container } from "../../../app/container.js"
import { refreshCartPromotions, type PromotionChange } from "./promotions.js"
import { refreshPaymentCollection } from "./refresh-payment-collection.js"
import { refreshShippingMethods } from "./shipping-options.js"
import { refreshTaxLines } from "./tax-lines.js"

export interface CartRefresh {
  /** the codes to add, remove or replace; by default the cart's own promotions again */
  promotions?: PromotionChange
  /** re-check and re-price the shipping methods first (default false) */
  shippingMethods?: boolean
  /** the tax lines (default true) */
  taxLines?: boolean
  /** the payment collection (default true; a cart just created has none) */
  paymentCollection?: boolean
}

/**
 * The refresh every cart change ends with, inside its transaction and in this order (each step
 * reads the totals the one before wrote): shipping methods · tax lines · promotions (adjustments)
 * · payment collection. The workflow emits its own event afterwards.
 */
export async function refreshCart(tx: Container, cartId: string, refresh: CartRefresh = {}): Promise<void> {
  if (refresh.shippingMethods) await refreshShippingMethods(tx, cartId)
  if (refresh.taxLines !== false) await refreshTaxLines(tx, cartId)
  await refreshCartPromotions(tx, cartId, refresh.promotions)
  if (refresh.paymentCollection !== false) await refreshPaymentCollection(tx, cartId)
}
