import { invalidData } from "../../../framework/errors.js"
import type { CartForCompletion, PaymentSessionRow } from "./cart-for-completion.js"

const PROCESSABLE = new Set(["pending", "requires_more", "authorized", "captured", "pending_authorization"])

/** Medusa's validate-cart-items step. */
export function validateCartItems(cart: CartForCompletion) {
  if (!cart.items.length) throw invalidData("Cannot complete a cart with no items")
}

/**
 * Medusa's validate-cart-payments step: nothing to pay (total ≤ 0, no negative credit) needs
 * no payment; otherwise a collection with a processable session from a provider enabled in
 * the cart's region. Returns the sessions to process.
 */
export function validateCartPayments(cart: CartForCompletion): PaymentSessionRow[] {
  if (Number(cart.credit_line_total) >= 0 && Number(cart.total) <= 0) return []
  const collection = cart.payment_collection
  if (!collection) throw invalidData("Payment collection has not been initiated for cart")
  const sessions = collection.payment_sessions.filter((s) => PROCESSABLE.has(s.status))
  if (!sessions.length) throw invalidData("Payment sessions are required to complete cart")
  if (cart.region_id) {
    const enabled = new Set((cart.region?.payment_providers ?? []).map((p) => p.id))
    const disabled = [...new Set(sessions.map((s) => s.provider_id).filter((p) => !enabled.has(p)))]
    if (disabled.length) {
      const many = disabled.length > 1
      throw invalidData(
        `Payment provider${many ? "s" : ""} ${disabled.join(", ")} ${many ? "are" : "is"} not enabled in the cart's region ${cart.region_id}.`,
      )
    }
  }
  return sessions
}

/**
 * Medusa's validate-shipping step, its first check: a cart with an item that requires shipping
 * needs a shipping method. (Its second, that the methods' options cover every item's shipping
 * profile, is not run yet.)
 */
export function validateShipping(cart: CartForCompletion) {
  if (cart.items.some((item) => item.requires_shipping === true) && !cart.shipping_methods.length) {
    throw invalidData("No shipping method selected but the cart contains items that require shipping.")
  }
}
