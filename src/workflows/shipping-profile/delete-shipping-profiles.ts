import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import { emitDeleted } from "../common/emit-deleted.js"

/**
 * delete-shipping-profile: lock the profiles (each must exist, as Medusa's route retrieves it
 * first) · refuse profiles linked to products · soft-delete · soft-delete their link rows ·
 * emit `fulfillment.shipping-profile.deleted`.
 */
export function deleteShippingProfilesWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction(async (tx) => {
    const found = new Set(await tx.modules.fulfillment.lockShippingProfiles(ids))
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length) throw notFound(`ShippingProfile with id: ${missing.join(", ")} was not found`)
    const { data: links } = await tx.query.graph<{ product_id: string }>({
      entity: "product_shipping_profile",
      fields: ["product_id"],
      filters: { shipping_profile_id: ids },
    })
    if (links.length) {
      const products = links.map((l) => l.product_id).join(", ")
      throw invalidData(`Cannot delete following shipping profiles because they are linked to products: ${products}`)
    }
    const removed = await tx.modules.fulfillment.softDeleteShippingProfiles(ids)
    const deleted = removed.shipping_profile_id ?? []
    if (deleted.length) await tx.link.delete({ fulfillment: { shipping_profile_id: deleted } })
    return emitDeleted(tx, "fulfillment.shipping-profile.deleted", deleted)
  })
}
