import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import { cartChannel, cartForChange } from "./steps/cart-for-change.js"
import { confirmInventory, inventoryNeeds } from "./steps/confirm-inventory.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import { assertSoldInChannel } from "./steps/prepare-items.js"
import { priceLines } from "./steps/pricing.js"
import { refreshCart } from "./steps/refresh-cart.js"
import { loadVariants } from "./steps/variants.js"

export interface LineItemUpdate {
  quantity: number
  metadata?: Record<string, unknown> | null
}

/**
 * update-line-item-in-cart: lock the cart · find the line · not completed · quantity 0 removes
 * the line · otherwise re-price it for the new quantity, confirm stock for it, update quantity
 * and metadata (merged) · `refreshCart` (tax lines, promotions, payment collection) · emit
 * `cart.updated`.
 */
export function updateLineItemWorkflow(
  c: Container,
  cartId: string,
  lineId: string,
  update: LineItemUpdate,
): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, cartId)
    const line = cart.items.find((i) => i.id === lineId)
    if (!line) throw notFound(`Line item with id: ${lineId} was not found`)
    assertNotCompleted(cart)
    if (update.quantity === 0) {
      await tx.modules.cart.softDeleteLineItems([line.id])
    } else {
      const channel = cartChannel(cart)
      const variants = await loadVariants(tx, line.variant_id ? [line.variant_id] : [])
      const variant = line.variant_id ? variants.get(line.variant_id) : undefined
      let price: { unit_price?: number; is_tax_inclusive?: boolean } = {}
      if (variant?.product) {
        assertSoldInChannel([variant], channel.id)
        if (!line.is_custom_price) {
          const [found] = await priceLines(tx, [{ variant_id: variant.id, quantity: update.quantity }], {
            ...cart,
            sales_channel_id: channel.id,
          })
          if (found === undefined) throw invalidData(`Variants with IDs ${variant.id} do not have a price`)
          price = { unit_price: found.amount, is_tax_inclusive: found.is_tax_inclusive }
        }
        confirmInventory(inventoryNeeds([{ variant_id: variant.id, quantity: update.quantity }], variants, channel))
      }
      await tx.modules.cart.updateLineItems(line.id, {
        quantity: update.quantity,
        ...price,
        metadata: update.metadata,
      })
    }
    await refreshCart(tx, cart.id)
    tx.emit("cart.updated", { id: cart.id })
  })
}
