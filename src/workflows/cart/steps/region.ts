import type { Container } from "../../../app/container.js"

export interface CartRegion {
  id: string
  name: string
  currency_code: string
  countries: { iso_2: string }[]
}

const REGION_FIELDS = ["id", "name", "currency_code", "countries.iso_2"]

export async function regionById(c: Container, id: string): Promise<CartRegion | undefined> {
  const { data } = await c.query.graph<CartRegion>({
    entity: "region",
    fields: REGION_FIELDS,
    filters: { id },
    pagination: { take: 1 },
  })
  return data[0]
}

/**
 * Medusa's find-one-or-any-region step: the given region (or none when it does not exist);
 * without one, the store's default region, and without that the first region there is.
 */
export async function findOneOrAnyRegion(
  c: Container,
  regionId: string | null | undefined,
): Promise<CartRegion | undefined> {
  if (regionId) return regionById(c, regionId)
  const [store] = await c.modules.store.listStores({}, { select: ["id", "default_region_id"], take: 1 })
  if (store?.default_region_id) return regionById(c, store.default_region_id)
  const { data } = await c.query.graph<CartRegion>({ entity: "region", fields: REGION_FIELDS, pagination: { take: 1 } })
  return data[0]
}
