import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import type { CreateShippingProfileInput } from "./create-shipping-profiles.js"

/**
 * update-shipping-profiles for one id: update the live profile (metadata merges; a name taken
 * by another live profile is refused by the unique index) · emit `fulfillment.shipping-profile.updated`.
 * An unknown id updates nothing and is no error, as in Medusa (its route then answers `{}`).
 */
export function updateShippingProfileWorkflow(
  c: Container,
  id: string,
  update: Partial<CreateShippingProfileInput>,
): Promise<Row | undefined> {
  return c.transaction(async (tx) => {
    const [profile] = await tx.modules.fulfillment.updateShippingProfiles({ selector: { id }, data: update })
    if (profile) tx.emit("fulfillment.shipping-profile.updated", { id })
    return profile
  })
}
