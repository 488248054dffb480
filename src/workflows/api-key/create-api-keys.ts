import type { Container } from "../../app/container.js"
import type { StoredRow } from "../../framework/service/index.js"
import type { ApiKeyType } from "../../modules/api-key/service.js"

export interface CreateApiKeyInput {
  title: string
  type: ApiKeyType
  /** the actor creating the key: a user id, or a secret key's id */
  created_by: string
}

/**
 * create-api-keys: generate the keys (raw tokens returned only here) · emit
 * `api_key.api-key.created` for each.
 */
export function createApiKeysWorkflow(
  c: Container,
  input: CreateApiKeyInput[],
): Promise<(StoredRow & { token: string })[]> {
  return c.transaction(async (tx) => {
    const keys = await tx.modules.api_key.generateApiKeys(input)
    for (const key of keys) tx.emit("api_key.api-key.created", { id: key.id })
    return keys
  })
}
