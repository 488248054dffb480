import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"

export interface UpdateUserInput {
  first_name?: string | null
  last_name?: string | null
  avatar_url?: string | null
  metadata?: Record<string, unknown> | null
}

/** update-users: update the user (404 when unknown; metadata merges) · emit `user.updated`. */
export function updateUserWorkflow(c: Container, id: string, input: UpdateUserInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const user = await tx.modules.user.updateUsers(id, input)
    tx.emit("user.updated", { id })
    return user
  })
}
