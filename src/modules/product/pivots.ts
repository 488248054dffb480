import type { Executor } from "../../db/executor.js"
import { ident, sql } from "../../framework/sql/sql.js"
import type { PivotRows } from "./graph-insert.js"

/** A plain pivot table of the module: the owner's column first, then the other side's. */
export type Pivot = Omit<PivotRows, "pairs">

export const VARIANT_OPTIONS: Pivot = { table: "product_variant_option", columns: ["variant_id", "option_value_id"] }
export const PRODUCT_TAGS: Pivot = { table: "product_tags", columns: ["product_id", "product_tag_id"] }
export const PRODUCT_CATEGORIES: Pivot = {
  table: "product_category_product",
  columns: ["product_id", "product_category_id"],
}

/** The owner's rows of the pivot become exactly its pairs with `otherIds` (existing pairs are kept). */
export async function replacePivotRows(db: Executor, pivot: Pivot, ownerId: string, otherIds: string[]) {
  const [table, owner, other] = [ident(pivot.table), ident(pivot.columns[0]), ident(pivot.columns[1])]
  await db.query(sql`WITH gone AS (
      DELETE FROM ${table} WHERE ${owner} = ${ownerId}::text AND NOT (${other} = ANY(${otherIds}::text[])))
    INSERT INTO ${table} (${owner}, ${other})
    SELECT ${ownerId}::text, o FROM unnest(${otherIds}::text[]) o ON CONFLICT DO NOTHING`)
}
