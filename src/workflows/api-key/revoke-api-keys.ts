import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"

export interface RevokeApiKeysInput {
  ids: string[]
  /** seconds from now; absent or ≤ 0 revokes at once */
  revoke_in?: number
  revoked_by: string
}

/**
 * revoke-api-keys: revoke (a secret key already revoked is refused) · emit
 * `api_key.api-key.updated`, which drops the cached keys of the store and admin gates at once.
 */
export function revokeApiKeysWorkflow(c: Container, input: RevokeApiKeysInput): Promise<Row[]> {
  return c.transaction(async (tx) => {
    const keys = await tx.modules.api_key.revokeApiKeys(input.ids, {
      revoke_in: input.revoke_in,
      revoked_by: input.revoked_by,
    })
    for (const key of keys) tx.emit("api_key.api-key.updated", { id: key.id })
    return keys
  })
}
