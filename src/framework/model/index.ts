export { model, pascalCase, pluralize } from "./define.js"
export type { ModelDef, RelationDef, ComputedDef, ComputedContext } from "./define.js"
export { SQL_TYPES } from "./columns.js"
export type { ColumnDef, ColumnKind } from "./columns.js"
export { createTableSql } from "./ddl.js"
export { rawColumn } from "./raw-column.js"
export { amountTotals } from "./amount-totals.js"
export {
  addressColumns,
  adjustmentColumns,
  priceAmountColumns,
  rawPriceAmounts,
  taxLineColumns,
} from "./column-sets.js"
