import type { Container } from "../../app/container.js"
import { retireAuthIdentities } from "../common/retire-auth-identities.js"

/**
 * remove-user-account: soft-delete the user · soft-delete its links · retire its auth identity
 * (removed, unless it also serves another actor type: then only `user_id` is cleared) · emit
 * `user.deleted`, which also drops the admin gate's cache so the user's tokens stop at once.
 * An unknown id is no error, as in Medusa.
 */
export function removeUserAccountWorkflow(c: Container, userId: string): Promise<void> {
  return c.transaction(async (tx) => {
    const removed = await tx.modules.user.softDeleteUsers([userId])
    const deleted = removed.user_id ?? []
    if (deleted.length) await tx.link.delete({ user: { user_id: deleted } })
    await retireAuthIdentities(tx, "user_id", userId)
    for (const id of deleted) tx.emit("user.deleted", { id })
  })
}
