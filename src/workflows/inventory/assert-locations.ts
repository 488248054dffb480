import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"

/** Levels may only be made at stock locations that exist (Medusa's validate-inventory-levels step). */
export async function assertLocationsExist(tx: Container, locationIds: string[]): Promise<void> {
  const unique = [...new Set(locationIds)]
  if (unique.length === 0) return
  const { data } = await tx.query.graph<{ id: string }>({ entity: "stock_location", fields: ["id"], filters: { id: unique } })
  const found = new Set(data.map((l) => l.id))
  const missing = unique.filter((id) => !found.has(id))
  if (missing.length) throw notFound(`Stock locations with ids: ${missing.join(", ")} was not found`)
}
