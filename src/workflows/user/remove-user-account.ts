import type { Container } from "../../app/container.js"

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
    const identities = await tx.modules.auth.listAuthIdentities({ app_metadata: { user_id: userId } }, { select: ["id", "app_metadata"] })
    for (const identity of identities) {
      const { user_id: _, ...others } = (identity.app_metadata ?? {}) as Record<string, unknown>
      if (Object.values(others).some((v) => v !== null && v !== undefined)) {
        await tx.modules.auth.setAppMetadata(identity.id, { ...identity.app_metadata, user_id: null })
      } else {
        await tx.modules.auth.softDeleteAuthIdentities([identity.id])
      }
    }
    for (const id of deleted) tx.emit("user.deleted", { id })
  })
}
