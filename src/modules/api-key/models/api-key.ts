import { model } from "../../../framework/model/index.js"
import { ident, sql } from "../../../framework/sql/sql.js"

export const ApiKey = model.define(
  "api_key",
  {
    id: model.id({ prefix: "apk" }).primaryKey(),
    /** publishable: the raw token; secret: hex scrypt hash of it, read as "" */
    token: model
      .text()
      .unique()
      .outputAs((a) => sql`CASE WHEN ${ident(a, "type")} = 'secret' THEN ''::text ELSE ${ident(a, "token")} END`),
    /** "" for publishable keys; never output */
    salt: model.text().default("").hidden(),
    redacted: model.text().searchable().index(),
    title: model.text().searchable(),
    type: model.enum(["publishable", "secret"]).index(),
    last_used_at: model.dateTime().nullable(),
    created_by: model.text(),
    revoked_by: model.text().nullable(),
    revoked_at: model.dateTime().nullable().index(),
  },
  { linkableKey: "publishable_key_id" },
)
