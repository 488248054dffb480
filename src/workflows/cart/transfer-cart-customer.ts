import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { lockCart } from "./steps/lock-cart.js"

/**
 * transfer-cart-customer (POST /store/carts/:id/customer, after a guest signs in): lock the
 * cart (404 when missing) · the customer exists · when the cart is someone else's, it becomes
 * the customer's, with their email · emit `cart.customer_transferred`. Medusa checks nothing
 * more (neither completion nor a previous owner with an account); neither does this.
 */
export function transferCartCustomerWorkflow(c: Container, cartId: string, customerId: string): Promise<void> {
  return c.transaction(async (tx) => {
    await lockCart(tx, cartId)
    const [cart] = await tx.modules.cart.listCarts({ id: cartId }, { select: ["id", "customer_id"], take: 1 })
    const [customer] = await tx.modules.customer.listCustomers({ id: customerId }, { select: ["id", "email"], take: 1 })
    if (!customer) throw notFound(`Customer id not found: ${customerId}`)
    if (cart.customer_id === customer.id) return
    await tx.modules.cart.updateCarts(cartId, { customer_id: customer.id, email: customer.email })
    tx.emit("cart.customer_transferred", { id: cartId, customer_id: customer.id })
  })
}
