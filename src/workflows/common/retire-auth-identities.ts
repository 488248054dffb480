import type { Container } from "../../app/container.js"

type Tx = Parameters<Parameters<Container["transaction"]>[0]>[0]

/**
 * The auth identities of a removed actor (`app_metadata.<actor>_id`): removed, unless one also
 * serves another actor type — then only that key is cleared (Medusa's remove-*-account workflows).
 * The actor's sessions are revoked with them: a deleted account's cookie opens nothing.
 */
export async function retireAuthIdentities(
  tx: Tx,
  actorKey: "user_id" | "customer_id",
  actorId: string,
): Promise<void> {
  await tx.modules.auth.revokeSessions({ actor_type: actorKey === "user_id" ? "user" : "customer", actor_id: actorId })
  const identities = await tx.modules.auth.listAuthIdentities(
    { app_metadata: { [actorKey]: actorId } },
    { select: ["id", "app_metadata"] },
  )
  for (const identity of identities) {
    const { [actorKey]: _, ...others } = (identity.app_metadata ?? {}) as Record<string, unknown>
    if (Object.values(others).some((v) => v !== null && v !== undefined)) {
      await tx.modules.auth.setAppMetadata(identity.id, { ...identity.app_metadata, [actorKey]: null })
    } else {
      await tx.modules.auth.softDeleteAuthIdentities([identity.id])
    }
  }
}
