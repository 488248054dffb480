import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import { cartForChange } from "./steps/cart-for-change.js"
import { collidingShippingMethods } from "./steps/shipping-option-profiles.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import { refreshCart } from "./steps/refresh-cart.js"
import { assertShippingContext, shippingOptionAmounts, shippingOptionIdsForCart } from "./steps/shipping-options.js"

export interface AddShippingMethodInput {
  cart_id: string
  options: { id: string; data?: Record<string, unknown> }[]
}

/**
 * add-shipping-method-to-cart: lock the cart (404) · refuse a completed cart · every option must
 * be one the cart can use (its channel's locations, its address, store rules), else Medusa's
 * "Shipping Options are invalid for cart." · each needs a price in the cart's currency / region ·
 * the new methods (name, amount, option, data) replace the cart's methods of the same shipping
 * profiles and those whose option has no profile (Medusa's: a method of another profile stays,
 * profiles are checked at completion only, by validate-shipping) ·
 * `refreshCart` (tax lines, promotions, payment collection) · emit `cart.updated`.
 */
export function addShippingMethodToCartWorkflow(c: Container, input: AddShippingMethodInput): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, input.cart_id)
    assertNotCompleted(cart)
    assertShippingContext(cart)
    const usable = new Set(await shippingOptionIdsForCart(tx, cart))
    const ids = input.options.map((o) => o.id)
    if (!ids.length || ids.some((id) => !usable.has(id))) throw invalidData("Shipping Options are invalid for cart.")
    const options = await shippingOptionAmounts(tx, cart, ids)
    const unpriced = ids.filter((id) => options.get(id)?.amount == null)
    if (unpriced.length) throw invalidData(`Shipping options with IDs ${unpriced.join(", ")} do not have a price`)
    const cartModule = tx.modules.cart
    // the cart is locked: the methods read with it are still all it has
    const replaced = await collidingShippingMethods(tx, cart.shipping_methods, ids)
    if (replaced.length) await cartModule.softDeleteShippingMethods(replaced)
    await cartModule.createShippingMethods(
      input.options.map(({ id, data }) => {
        const option = options.get(id)!
        return {
          cart_id: cart.id,
          name: option.name,
          amount: option.amount,
          is_tax_inclusive: option.is_tax_inclusive,
          shipping_option_id: id,
          data: data ?? {},
        }
      }),
    )
    await refreshCart(tx, cart.id)
    tx.emit("cart.updated", { id: cart.id })
  })
}
