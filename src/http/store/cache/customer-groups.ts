import type { FastifyRequest } from "fastify"
import type { App } from "../../../app/app.js"
import { clearOnEvents, ExpiringCache } from "../../helpers/event-caches.js"

export type GroupsOf = (request: FastifyRequest) => Promise<readonly string[] | undefined>

/**
 * Medusa's setPricingContext: a store read by a signed-in customer (session or Bearer token)
 * prices with the customer's groups. Gives the group ids, sorted (empty for a customer in no
 * group), or undefined for a guest; a request without credentials costs nothing. Memberships are
 * kept a minute per customer and dropped by any commit that may change them: customer events,
 * and commits without events (group writes emit none), here and in other processes.
 */
export function customerGroupsOf(app: App, customerIdOf: (r: FastifyRequest) => Promise<string | undefined>): GroupsOf {
  const memberships = new ExpiringCache<readonly string[]>(60_000)
  clearOnEvents(
    app,
    (name) => name.startsWith("customer"),
    () => memberships.clear(),
  )
  const resolved = new WeakMap<FastifyRequest, Promise<readonly string[] | undefined>>()

  async function read(request: FastifyRequest) {
    if (!request.headers.authorization && !request.headers.cookie) return undefined
    const id = await customerIdOf(request)
    if (!id) return undefined
    const known = memberships.get(id)
    if (known) return known
    const generation = memberships.generation
    const { data } = await app.container.query.graph<{ groups: { id: string }[] }>({
      entity: "customer",
      fields: ["groups.id"],
      filters: { id },
    })
    const groups = (data[0]?.groups ?? []).map((g) => g.id).sort()
    memberships.set(id, groups, generation)
    return groups
  }

  /** once per request: the cache key and the priced read see the same groups */
  return (request) => {
    let groups = resolved.get(request)
    if (!groups) resolved.set(request, (groups = read(request)))
    return groups
  }
}

/** The cache key's part for a group set: guests and customers in no group share "none". */
export const groupsKey = (groups: readonly string[] | undefined) => (groups?.length ? groups.join(",") : "none")
