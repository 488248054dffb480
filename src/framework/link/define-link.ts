import type { ColumnDef, ModelDef } from "../model/index.js"

/**
 * Links are plain data: which two models, through which pivot table or column, and which
 * fields they add to each side for Query. `src/links/` declares them; nothing else does.
 */

export interface StoredLinkSide {
  /** module name, also the key of this side in Link API definitions */
  module: string
  model: () => ModelDef
  /** pivot column holding this side's id, also the Link API key (`product_id`) */
  key: string
  /** relation from a pivot row to this side's record (`product`) */
  alias: string
  /** field on this side listing the other side's records (`product.sales_channels`) */
  field?: string
  /** field on this side listing the pivot rows (`product.sales_channels_link`) */
  linkField?: string
  /** false when this side has at most one partner (cart.payment_collection): a single object */
  isList?: boolean
  /** at most one live partner, enforced by a unique index on this side's key (product → shipping profile) */
  unique?: boolean
}

export interface StoredLinkDef {
  kind: "stored"
  table: string
  idPrefix: string
  /** `Link<Entity>` prefix of the attached/detached events */
  eventEntity: string
  /** Query names of the pivot rows */
  entityAliases: string[]
  left: StoredLinkSide
  right: StoredLinkSide
  extraColumns: Record<string, ColumnDef>
  /**
   * The migration number (2, 3, …) that added an extra column to an existing table; columns
   * not named here are created with the table (`<table>_0001_create`).
   */
  columnVersions: Record<string, number>
}

export interface ReadOnlyLinkDef {
  kind: "readOnly"
  from: {
    model: () => ModelDef
    /** the column holding the other side's id (`cart.sales_channel_id`) */
    column: string
    /** the field it adds (`cart.sales_channel`) */
    field: string
    /** Medusa renders a few of these as lists (inventory_level.stock_locations) */
    isList?: boolean
  }
  to: {
    model: () => ModelDef
    /** the field listing the referring rows on the other side (`sales_channel.carts`) */
    reverseField?: string
  }
}

export type LinkDef = StoredLinkDef | ReadOnlyLinkDef

export function defineLink(
  left: StoredLinkSide,
  right: StoredLinkSide,
  options: {
    table: string
    idPrefix: string
    eventEntity: string
    entityAliases?: string[]
    extraColumns?: Record<string, ColumnDef>
    /** columns added to the live table later, by migration number (≥ 2): `{ 2: { visible: … } }` */
    addedColumns?: Record<number, Record<string, ColumnDef>>
  },
): StoredLinkDef {
  const added = Object.entries(options.addedColumns ?? {})
  const columnVersions: Record<string, number> = {}
  for (const [version, columns] of added) {
    if (Number(version) < 2) throw new Error(`Link ${options.table}: added columns start at migration 2`)
    for (const name of Object.keys(columns)) columnVersions[name] = Number(version)
  }
  return {
    kind: "stored",
    left,
    right,
    table: options.table,
    idPrefix: options.idPrefix,
    eventEntity: options.eventEntity,
    entityAliases: options.entityAliases ?? [],
    extraColumns: Object.assign({}, options.extraColumns, ...added.map(([, columns]) => columns)),
    columnVersions,
  }
}

export function defineReadOnlyLink(from: ReadOnlyLinkDef["from"], to: ReadOnlyLinkDef["to"]): ReadOnlyLinkDef {
  return { kind: "readOnly", from, to }
}
