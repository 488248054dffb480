import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { emitDeleted } from "../common/emit-deleted.js"

export interface CreateLocationFulfillmentSetInput {
  location_id: string
  fulfillment_set_data: { name: string; type: string }
}

/**
 * create-location-fulfillment-set: check the location exists (Medusa creates the set and a
 * dangling link, then answers `{}`; here nothing is written and the route answers the same
 * `{}`) · create the set (a taken name is refused by the unique index, in Medusa's words) ·
 * link it to the location · emit `fulfillment.fulfillment-set.created`. Returns false for an
 * unknown location.
 */
export function createLocationFulfillmentSetWorkflow(
  c: Container,
  input: CreateLocationFulfillmentSetInput,
): Promise<boolean> {
  return c.transaction(async (tx) => {
    if ((await missingIds(tx, "stock_location", [input.location_id])).length) return false
    const set = await tx.modules.fulfillment.createFulfillmentSets(input.fulfillment_set_data)
    await tx.link.create({
      stock_location: { stock_location_id: input.location_id },
      fulfillment: { fulfillment_set_id: set.id },
    })
    tx.emit("fulfillment.fulfillment-set.created", { id: set.id })
    return true
  })
}

/**
 * delete-fulfillment-sets: soft-delete the sets with their service zones, geo zones and
 * shipping options (the model's cascade) · soft-delete their location links · emit
 * `fulfillment.fulfillment-set.deleted`. An unknown id deletes nothing and is no error, as in Medusa.
 */
export function deleteFulfillmentSetsWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction((tx) => deleteFulfillmentSetsStep(tx, ids))
}

/** The steps of delete-fulfillment-sets, inside a caller's transaction (a stock location's delete). */
export async function deleteFulfillmentSetsStep(tx: Container, ids: string[]): Promise<string[]> {
  const removed = await tx.modules.fulfillment.softDeleteFulfillmentSets(ids)
  const deleted = removed.fulfillment_set_id ?? []
  if (deleted.length) await tx.link.delete({ fulfillment: { fulfillment_set_id: deleted } })
  return emitDeleted(tx, "fulfillment.fulfillment-set.deleted", deleted)
}

export interface LinkFulfillmentProvidersInput {
  /** the stock location */
  id: string
  add?: string[]
  remove?: string[]
}

/**
 * batch links of a location and fulfillment providers: link `add` · dismiss `remove`. Medusa
 * answers 200 for an unknown location or provider and stores a dangling link; here an unknown
 * location or provider is skipped (nothing dangling is written) and the answer is the same.
 */
export function linkFulfillmentProvidersToLocationWorkflow(
  c: Container,
  input: LinkFulfillmentProvidersInput,
): Promise<void> {
  return c.transaction(async (tx) => {
    if ((await missingIds(tx, "stock_location", [input.id])).length) return
    const add = input.add ?? []
    const unknown = new Set(await missingIds(tx, "fulfillment_provider", add))
    const pair = (providerId: string) => ({
      stock_location: { stock_location_id: input.id },
      fulfillment: { fulfillment_provider_id: providerId },
    })
    const known = add.filter((id) => !unknown.has(id))
    if (known.length) await tx.link.create(known.map(pair))
    if (input.remove?.length) await tx.link.dismiss(input.remove.map(pair))
  })
}
