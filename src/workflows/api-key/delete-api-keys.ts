import type { Container } from "../../app/container.js"
import { emitDeleted } from "../common/emit-deleted.js"

/**
 * delete-api-keys: hard-delete the keys, only revoked ones (not_allowed otherwise) ·
 * soft-delete their channel links · emit `api_key.api-key.deleted`.
 */
export function deleteApiKeysWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction(async (tx) => {
    const deleted = await tx.modules.api_key.deleteRevokedApiKeys(ids)
    await tx.link.delete({ api_key: { publishable_key_id: deleted } })
    return emitDeleted(tx, "api_key.api-key.deleted", deleted)
  })
}
