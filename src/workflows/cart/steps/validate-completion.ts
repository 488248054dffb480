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
 * Medusa's validate-shipping step: a cart with an item that requires shipping needs a shipping
 * method, and every such item's product's shipping profile must be the profile of a method's
 * shipping option (`optionProfiles`: option id → its profile, as `shippingOptionProfiles` reads
 * them; an option not found there covers no profile).
 */
export function validateShipping(cart: CartForCompletion, optionProfiles: Map<string, string | null>) {
  const shipped = cart.items.filter((item) => item.requires_shipping === true)
  if (shipped.length && !cart.shipping_methods.length) {
    throw invalidData("No shipping method selected but the cart contains items that require shipping.")
  }
  // Medusa compares with `includes`: an item without a profile (undefined) is covered only by a
  // method whose option was not found, an option without a profile (null) covers no item
  const available = cart.shipping_methods.map((m) => optionProfiles.get(m.shipping_option_id as string))
  const required = shipped.map((item) => item.variant?.product?.shipping_profile?.id)
  if (required.some((profile) => !available.includes(profile))) {
    throw invalidData("The cart items require shipping profiles that are not satisfied by the current shipping methods")
  }
}
