import type { Container } from "../../app/container.js"
import { SECRETS_ROTATED, type SecretName } from "../../app/secrets.js"
import type { StoredSecret } from "../../modules/auth/index.js"

export interface SecretRotation {
  name: SecretName
  /** how long the replaced value keeps verifying (0: not at all) */
  keepPreviousForMs: number
}

/**
 * rotate-secrets: new values for the database-kept secrets · emit `auth.secrets.rotated`
 * (names only), which makes every process on the database read them again.
 */
export function rotateSecretsWorkflow(c: Container, rotations: SecretRotation[]): Promise<StoredSecret[]> {
  return c.transaction(async (tx) => {
    const rotated: StoredSecret[] = []
    for (const r of rotations) rotated.push(await tx.modules.auth.rotateSecret(r.name, r.keepPreviousForMs))
    tx.emit(SECRETS_ROTATED, { names: rotations.map((r) => r.name) })
    return rotated
  })
}
