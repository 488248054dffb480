import type { StoredLinkSide } from "../framework/link/define-link.js"

/**
 * A link table's names as Medusa derives them from the table: the `Link<Table>` event prefix
 * (`LinkCartPromotion`) and the table and its plural as Query aliases of the pivot rows.
 */
export function linkTable(table: string, idPrefix: string) {
  const pascal = table
    .split("_")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("")
  return { table, idPrefix, eventEntity: `Link${pascal}`, entityAliases: [table, `${table}s`] }
}

/** A side that several links share: each names the field it adds there. */
export const linkSide =
  (side: Omit<StoredLinkSide, "field">) =>
  (field: string): StoredLinkSide => ({ ...side, field })
