import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { notFound } from "../../framework/errors.js"

/**
 * `shipping_profile_id` on product writes: the product's one shipping profile (the
 * product_shipping_profile link). Medusa stores a link to an unknown profile; salesgraph
 * refuses it before the first write, in the link layer's words.
 */

const pair = (productId: string, profileId: string) => ({
  product: { product_id: productId },
  fulfillment: { shipping_profile_id: profileId },
})

/** The profiles named by the inputs must be live (checked before anything is written). */
export async function assertShippingProfilesExist(
  tx: Container,
  inputs: { shipping_profile_id?: string | null }[],
): Promise<void> {
  const ids = inputs.flatMap((p) => (typeof p.shipping_profile_id === "string" ? [p.shipping_profile_id] : []))
  const missing = (await missingIds(tx, "shipping_profile", ids)).sort()
  if (missing.length) throw notFound(`ShippingProfile with id: ${missing.join(", ")} was not found`)
}

/** New products: links each to the profile its input names (none when absent or null). */
export async function linkNewProductsToShippingProfiles(
  tx: Container,
  productIds: string[],
  inputs: { shipping_profile_id?: string | null }[],
): Promise<void> {
  const links = inputs.flatMap((input, i) =>
    typeof input.shipping_profile_id === "string" ? [pair(productIds[i], input.shipping_profile_id)] : [],
  )
  if (links.length) await tx.link.create(links)
}

/**
 * An update's `shipping_profile_id`: a string replaces the product's profile, null removes it,
 * undefined leaves it. The product row is locked first, so concurrent updates of one product
 * queue instead of both replacing the old link (the unique index would refuse the second).
 */
export async function setProductShippingProfile(
  tx: Container,
  productId: string,
  profileId: string | null | undefined,
): Promise<void> {
  if (profileId === undefined) return
  await tx.modules.product.lockProduct(productId)
  const { data } = await tx.query.graph<{ shipping_profile_id: string }>({
    entity: "product_shipping_profile",
    fields: ["shipping_profile_id"],
    filters: { product_id: productId },
  })
  const current = data.map((l) => l.shipping_profile_id)
  const stale = current.filter((id) => id !== profileId)
  if (stale.length) await tx.link.dismiss(stale.map((id) => pair(productId, id)))
  if (profileId !== null && !current.includes(profileId)) await tx.link.create(pair(productId, profileId))
}
