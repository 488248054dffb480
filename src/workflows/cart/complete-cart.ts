import type { Container } from "../../app/container.js"
import { createOrderFromCart } from "../order/create-order-from-cart.js"
import { lockAndAllocate, writeReservations } from "../order/reserve-inventory.js"
import { authorizePaymentSession } from "../payment/authorize-payment-session.js"
import { cartChannel } from "./steps/cart-for-change.js"
import { cartForCompletion } from "./steps/cart-for-completion.js"
import { inventoryNeeds } from "./steps/confirm-inventory.js"
import { shippingOptionProfiles } from "./steps/shipping-option-profiles.js"
import { cartAdjustments, promotionIds, registerPromotionUsage } from "./steps/register-promotion-usage.js"
import { assertSoldInChannel } from "./steps/prepare-items.js"
import { validateCartItems, validateCartPayments, validateShipping } from "./steps/validate-completion.js"
import type { CartVariant } from "./steps/variants.js"

/**
 * complete-cart, as ONE transaction: either the order, its reservations, the links, the
 * authorized payment and `completed_at` all exist, or nothing changed and the cart can be
 * completed again.
 *
 * lock the cart (concurrent completions of one cart queue; the later one finds the order) ·
 * items present · payment processable · a completed cart answers with its order · a shipping
 * method when an item requires shipping, and every such item's shipping profile covered by a
 * method's shipping option (Medusa's validate-shipping) · the channel
 * is enabled and sells every line (beyond Medusa) · lock the stock levels and re-check
 * availability on them (two carts racing for the last unit: one wins, the other gets
 * insufficient_inventory and stays completable) · create the order · reserve · link order ↔
 * cart, order ↔ payment collection and order ↔ the promotions of its adjustments · set `completed_at` · emit `order.placed` and
 * `reservation-item.created` · authorize the payment last (Medusa's order of steps).
 */
export function completeCartWorkflow(c: Container, cartId: string): Promise<{ id: string }> {
  return c.transaction(async (tx) => {
    const cart = await cartForCompletion(tx, cartId)
    validateCartItems(cart)
    const sessions = validateCartPayments(cart)
    if (cart.order) return { id: cart.order.id }
    const optionIds = cart.shipping_methods.map((m) => m.shipping_option_id as string).filter(Boolean)
    validateShipping(cart, await shippingOptionProfiles(tx, optionIds))

    const channel = cartChannel(cart)
    const variants = new Map<string, CartVariant>()
    for (const item of cart.items) if (item.variant?.product) variants.set(item.variant.id, item.variant)
    assertSoldInChannel([...variants.values()], channel.id)
    const needs = inventoryNeeds(
      cart.items
        .filter((i) => i.variant_id)
        .map((i) => ({ id: i.id, variant_id: i.variant_id!, quantity: Number(i.quantity) })),
      variants,
      channel,
    )
    const allocations = await lockAndAllocate(tx, needs, channel.location_ids)
    // after the stock locks (one lock order for every completion): the campaign budgets
    const adjustments = await cartAdjustments(tx, cart.id)
    await registerPromotionUsage(tx, adjustments)

    const { order, lineIds } = await createOrderFromCart(tx, {
      region_id: cart.region_id,
      customer_id: cart.customer_id,
      sales_channel_id: cart.sales_channel_id,
      email: cart.email,
      currency_code: cart.currency_code,
      locale: cart.locale,
      metadata: cart.metadata,
      shipping_address: cart.shipping_address,
      billing_address: cart.billing_address,
      items: cart.items,
      shipping_methods: cart.shipping_methods,
    })
    const reservations = await writeReservations(tx, allocations, lineIds)
    const links: Record<string, Record<string, string>>[] = [
      { order: { order_id: order.id }, cart: { cart_id: cart.id } },
    ]
    for (const promotionId of promotionIds(adjustments))
      links.push({ order: { order_id: order.id }, promotion: { promotion_id: promotionId } })
    if (cart.payment_collection) {
      links.push({ order: { order_id: order.id }, payment: { payment_collection_id: cart.payment_collection.id } })
    }
    await tx.link.create(links)
    await tx.modules.cart.updateCarts(cart.id, { completed_at: new Date().toISOString() })
    tx.emit("order.placed", { id: order.id })
    for (const r of reservations) tx.emit("reservation-item.created", { id: r.id, order_id: order.id })
    const session = sessions[0]
    if (session && session.status !== "authorized" && session.status !== "captured")
      await authorizePaymentSession(tx, session)
    return { id: order.id }
  })
}
