import { randomBytes } from "node:crypto"
import type { Executor } from "../../db/executor.js"
import { generateId } from "../../framework/ids.js"
import { sql } from "../../framework/sql/sql.js"

export interface StoredSecret {
  name: string
  value: string
  previous_value: string | null
  previous_valid_until: string | null
}

const newSecret = () => randomBytes(48).toString("base64url")

const COLUMNS = sql`name, value, previous_value, previous_valid_until`

/**
 * The named secret, generated on first use. Processes starting together race here: the
 * unique index makes every insert after the first wait for it and then do nothing, so all of
 * them read the one value that won.
 */
export async function ensureSecret(db: Executor, name: string): Promise<StoredSecret> {
  await db.query(sql`INSERT INTO auth_secret (id, name, value) VALUES (${generateId("asec")}, ${name}, ${newSecret()})
    ON CONFLICT (name) WHERE deleted_at IS NULL DO NOTHING`)
  const [row] = await db.query<StoredSecret>(
    sql`SELECT ${COLUMNS} FROM auth_secret WHERE name = ${name} AND deleted_at IS NULL`,
  )
  return row
}

/**
 * A new value for the named secret. The old one keeps verifying until `keepPreviousFor` ms
 * have passed (0: it stops at once).
 */
export async function rotateSecret(db: Executor, name: string, keepPreviousFor: number): Promise<StoredSecret> {
  await ensureSecret(db, name)
  const keep = keepPreviousFor > 0
  const [row] = await db.query<StoredSecret>(sql`UPDATE auth_secret SET
      previous_value = CASE WHEN ${keep}::boolean THEN value END,
      previous_valid_until = CASE WHEN ${keep}::boolean THEN now() + make_interval(secs => ${keepPreviousFor / 1000}::float8) END,
      value = ${newSecret()}, updated_at = now()
    WHERE name = ${name} AND deleted_at IS NULL RETURNING ${COLUMNS}`)
  return row
}
