import type { Container } from "../../app/container.js"

export const DEFAULT_SHIPPING_PROFILE = { name: "Default Shipping Profile", type: "default" }

/**
 * Step of create-defaults (inside its transaction, under its lock): the profile a fresh Medusa
 * has (its migration script creates it once), created when there is no live profile at all,
 * so a restart never adds a second one. Returns the default profile's id (or the first one's).
 */
export async function ensureDefaultShippingProfile(tx: Container): Promise<string> {
  const fulfillment = tx.modules.fulfillment
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
  if (existing) return existing.id
  const [any] = await fulfillment.listShippingProfiles({}, { take: 1 })
  if (any) return any.id
  const profile = await fulfillment.createShippingProfiles(DEFAULT_SHIPPING_PROFILE)
  tx.emit("fulfillment.shipping-profile.created", { id: profile.id })
  return profile.id
}
