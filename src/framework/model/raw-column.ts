import { ident, sql } from "../sql/sql.js"
import { model } from "./define.js"

/** `raw_<column>`: `{value: "10", precision: 20}` (or null), as Medusa's BigNumber columns render */
export const rawColumn = (column: string) =>
  model.computed({
    type: "json",
    expression: (alias) =>
      sql`CASE WHEN ${ident(alias, column)} IS NULL THEN NULL
          ELSE json_build_object('value', trim_scale(${ident(alias, column)})::text, 'precision', 20) END`,
  })
