import { randomBytes } from "node:crypto"
import { constantTimeEqual, hashSecretToken } from "../../framework/crypto/scrypt.js"
import { invalidData, notAllowed } from "../../framework/errors.js"
import { moduleService, type Row, type StoredRow } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { ApiKey } from "./models/api-key.js"

export type ApiKeyType = "publishable" | "secret"

/** `pk_1a2***f9e`: the first 6 characters, three stars, the last 3. */
export function redact(token: string): string {
  return `${token.slice(0, 6)}***${token.slice(-3)}`
}

/** Reads never show a secret key's token, nor any salt. */
export function maskKey(row: Row): Row {
  const { salt: _salt, ...rest } = row
  return rest.type === "secret" ? { ...rest, token: "" } : rest
}

export class ApiKeyService extends moduleService({ ApiKey }) {
  /**
   * Creates keys with fresh tokens (`pk_`/`sk_` + 64 hex chars). Secret tokens are stored as
   * a salted scrypt hash: the returned rows carry the raw token, the only time it is seen.
   */
  async generateApiKeys(
    inputs: { title: string; type: ApiKeyType; created_by: string }[],
  ): Promise<(StoredRow & { token: string })[]> {
    const prepared = await Promise.all(
      inputs.map(async (input) => {
        const raw = `${input.type === "secret" ? "sk" : "pk"}_${randomBytes(32).toString("hex")}`
        const salt = input.type === "secret" ? randomBytes(16).toString("hex") : ""
        const token = input.type === "secret" ? await hashSecretToken(raw, salt) : raw
        return { raw, row: { ...input, token, salt, redacted: redact(raw) } }
      }),
    )
    const rows = await this.createApiKeys(prepared.map((p) => p.row))
    return rows.map((row, i) => ({ ...maskKey(row), id: row.id, token: prepared[i].raw }))
  }

  /** The unrevoked secret key this token belongs to, compared in constant time. */
  async authenticateSecretKey(token: string): Promise<Row | undefined> {
    if (!token.startsWith("sk_")) return undefined
    const candidates = await this.db.query<Row>(
      sql`SELECT * FROM api_key WHERE type = 'secret' AND redacted = ${redact(token)}
          AND deleted_at IS NULL AND (revoked_at IS NULL OR revoked_at > now())`,
    )
    for (const key of candidates) {
      if (constantTimeEqual(await hashSecretToken(token, key.salt), key.token)) return maskKey(key)
    }
    return undefined
  }

  /** Locks the live keys with these ids (in id order) and tells which are revoked now. */
  private async lockKeys(ids: string[]): Promise<{ id: string; type: ApiKeyType; revoked: boolean }[]> {
    return this.db.query(
      sql`SELECT id, type, (revoked_at IS NOT NULL AND revoked_at <= now()) AS revoked FROM api_key
          WHERE id = ANY(${ids}::text[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
    )
  }

  /** Revokes now, or in `revoke_in` seconds. A secret key already revoked cannot be revoked again. */
  async revokeApiKeys(ids: string[], revoke: { revoke_in?: number; revoked_by: string }): Promise<Row[]> {
    if (ids.some((id) => typeof id !== "string" || id === ""))
      throw invalidData("You must provide an api key id field when revoking a key.")
    if (typeof revoke.revoked_by !== "string")
      throw invalidData("You must provide a revoked_by field when revoking a key.")
    const keys = await this.lockKeys(ids)
    const revokedSecrets = keys.filter((k) => k.type === "secret" && k.revoked)
    if (revokedSecrets.length)
      throw invalidData(`There are ${revokedSecrets.length} secret keys that are already revoked.`)
    const seconds = revoke.revoke_in && revoke.revoke_in > 0 ? revoke.revoke_in : 0
    return this.db.query<Row>(
      sql`UPDATE api_key SET revoked_at = now() + make_interval(secs => ${seconds}::double precision),
          revoked_by = ${revoke.revoked_by}::text, updated_at = now()
          WHERE id = ANY(${ids}::text[]) AND deleted_at IS NULL RETURNING *`,
    )
  }

  /**
   * Hard-deletes keys that are revoked (a key revoked in the future is not yet); refuses the
   * whole batch otherwise. Unknown ids are ignored. Returns the ids deleted.
   */
  async deleteRevokedApiKeys(ids: string[]): Promise<string[]> {
    const keys = await this.lockKeys(ids)
    const unrevoked = keys.filter((k) => !k.revoked).map((k) => k.id)
    if (unrevoked.length) throw notAllowed(`Cannot delete api keys that are not revoked - ${unrevoked.join(", ")}`)
    const deleted = keys.map((k) => k.id)
    await this.deleteApiKeys(deleted)
    return deleted
  }

  /** Records a use of the key, at most once a minute (a request that finds it fresher writes nothing). */
  async touchLastUsed(id: string): Promise<void> {
    await this.db.query(
      sql`UPDATE api_key SET last_used_at = now() WHERE id = ${id}::text
          AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    )
  }
}
