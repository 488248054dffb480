import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"

/**
 * update-api-keys: set the title (the only updatable field) · emit `api_key.api-key.updated`.
 * An unknown id updates nothing, as in Medusa.
 */
export function updateApiKeysWorkflow(c: Container, id: string, update: { title: string }): Promise<Row[]> {
  return c.transaction(async (tx) => {
    const keys = await tx.modules.api_key.updateApiKeys({ selector: { id }, data: { title: update.title } })
    for (const key of keys) tx.emit("api_key.api-key.updated", { id: key.id })
    return keys
  })
}
