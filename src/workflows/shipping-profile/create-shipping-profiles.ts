import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"

export interface CreateShippingProfileInput {
  name: string
  type: string
  metadata?: Record<string, unknown> | null
}

/**
 * create-shipping-profiles: create the profiles (a name taken by a live profile is refused by
 * the unique index, in Medusa's words) · emit `fulfillment.shipping-profile.created` for each.
 */
export function createShippingProfilesWorkflow(c: Container, input: CreateShippingProfileInput[]): Promise<Row[]> {
  return c.transaction(async (tx) => {
    const profiles = await tx.modules.fulfillment.createShippingProfiles(input)
    for (const profile of profiles) tx.emit("fulfillment.shipping-profile.created", { id: profile.id })
    return profiles
  })
}
