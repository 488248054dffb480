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

type SideBase = Omit<StoredLinkSide, "key" | "field" | "linkField"> & { key?: string }

/**
 * A side of a link, without the fields it adds: each link using it names them (the pivot rows'
 * too, in `linkField`). Its key is `<alias>_id` unless given.
 */
export const linkSide =
  ({ module, model, key, alias, ...rest }: SideBase) =>
  (field: string, linkField?: string): StoredLinkSide => {
    const base = { module, model, key: key ?? `${alias}_id`, alias, ...rest, field }
    return linkField === undefined ? base : { ...base, linkField }
  }
