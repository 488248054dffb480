import type { Container } from "../../../app/container.js"

/** The shipping profile of each of the options (not deleted), by option id: validate-shipping's input. */
export async function shippingOptionProfiles(c: Container, ids: string[]): Promise<Map<string, string | null>> {
  if (!ids.length) return new Map()
  const { data } = await c.query.graph<{ id: string; shipping_profile_id: string | null }>({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id"],
    filters: { id: ids },
  })
  return new Map(data.map((o) => [o.id, o.shipping_profile_id]))
}

/**
 * add-shipping-method's replaced methods, as Medusa picks them: those whose option shares a
 * shipping profile with an incoming option, and those whose option has no profile (or is gone).
 */
export async function collidingShippingMethods(
  c: Container,
  methods: { id: string; shipping_option_id: string | null }[],
  incomingOptionIds: string[],
): Promise<string[]> {
  if (!methods.length) return []
  const current = methods.flatMap((m) => (m.shipping_option_id ? [m.shipping_option_id] : []))
  const profiles = await shippingOptionProfiles(c, [...new Set([...current, ...incomingOptionIds])])
  const incoming = new Set(incomingOptionIds.map((id) => profiles.get(id)).filter(Boolean))
  return methods
    .filter((m) => {
      const profile = m.shipping_option_id ? profiles.get(m.shipping_option_id) : null
      return !profile || incoming.has(profile)
    })
    .map((m) => m.id)
}
