import type { Executor } from "../../db/executor.js"
import { ident, sql } from "../../framework/sql/sql.js"
import productSalesChannel from "../product-sales-channel.js"

/**
 * The next instant after `now` at which a live product–channel listing enters or leaves its
 * window (epoch milliseconds; Infinity when none will): a store response computed now is
 * right until then.
 */
export async function nextListingBoundary(db: Executor, now: Date): Promise<number> {
  const t = ident(productSalesChannel.table)
  const at = now.toISOString()
  const [row] = await db.query<{ at: string | null }>(
    sql`SELECT min(b) AS at FROM (
          SELECT available_from AS b FROM ${t} WHERE deleted_at IS NULL AND available_from > ${at}::timestamptz
          UNION ALL
          SELECT available_until FROM ${t} WHERE deleted_at IS NULL AND available_until > ${at}::timestamptz) boundaries`,
  )
  return row?.at ? Date.parse(row.at) : Infinity
}
