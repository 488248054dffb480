import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { notFound } from "../../framework/errors.js"

/** Levels may only be made at stock locations that exist (Medusa's validate-inventory-levels step). */
export async function assertLocationsExist(tx: Container, locationIds: string[]): Promise<void> {
  const missing = await missingIds(tx, "stock_location", locationIds)
  if (missing.length) throw notFound(`Stock locations with ids: ${missing.join(", ")} was not found`)
}
