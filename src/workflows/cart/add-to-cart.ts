import type { Container } from "../../app/container.js"
import { cartChannel, cartForChange } from "./steps/cart-for-change.js"
import { confirmInventory, inventoryNeeds } from "./steps/confirm-inventory.js"
import { sameMetadata, type LineItemInput } from "./steps/line-item-data.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import { prepareItems } from "./steps/prepare-items.js"
import { refreshCart } from "./steps/refresh-cart.js"
import { loadVariants } from "./steps/variants.js"

/**
 * add-to-cart: lock the cart · not completed · the channel sells · price the variant for the
 * merged quantity · confirm stock at the channel's locations for it · merge into the line of
 * the same variant and metadata, or add a line · `refreshCart` (tax lines, promotions, payment
 * collection) · emit `cart.updated`.
 */
export function addToCartWorkflow(c: Container, cartId: string, item: LineItemInput): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, cartId)
    assertNotCompleted(cart)
    const channel = cartChannel(cart)
    const existing = cart.items.find(
      (line) =>
        line.variant_id === item.variant_id && !line.is_custom_price && sameMetadata(line.metadata, item.metadata),
    )
    const quantity = (existing ? Number(existing.quantity) : 0) + item.quantity
    const variants = await loadVariants(tx, [item.variant_id])
    const [line] = await prepareItems(tx, [{ ...item, priceQuantity: quantity }], variants, {
      currency_code: cart.currency_code,
      region_id: cart.region_id,
      customer_id: cart.customer_id,
      sales_channel_id: channel.id,
    })
    confirmInventory(inventoryNeeds([{ variant_id: item.variant_id, quantity }], variants, channel))
    if (existing) {
      await tx.modules.cart.updateLineItems(existing.id, {
        quantity,
        unit_price: line.unit_price,
        is_tax_inclusive: line.is_tax_inclusive,
      })
    } else {
      await tx.modules.cart.createLineItems({ ...line, cart_id: cart.id })
    }
    await refreshCart(tx, cart.id)
    tx.emit("cart.updated", { id: cart.id })
  })
}
