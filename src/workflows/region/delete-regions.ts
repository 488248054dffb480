import type { Container } from "../../app/container.js"

/**
 * delete-regions: soft-delete the regions (their countries go with them, free for another
 * region) · soft-delete their links (payment providers) · emit `region.deleted`.
 * Unknown ids are no error, as in Medusa.
 */
export function deleteRegionsWorkflow(c: Container, ids: string[]): Promise<void> {
  return c.transaction(async (tx) => {
    const removed = await tx.modules.region.softDeleteRegions(ids)
    const deleted = removed.region_id ?? []
    if (deleted.length) await tx.link.delete({ region: { region_id: deleted } })
    for (const id of deleted) tx.emit("region.deleted", { id })
  })
}
