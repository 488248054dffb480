import { model } from "../../../framework/model/index.js"

/**
 * A signing secret generated on first start when the configuration sets none (`jwt`, `cookie`),
 * shared by every process on the database. After a rotation the previous value still verifies
 * until `previous_valid_until` (the longest lifetime of what it signed).
 */
export const AuthSecret = model.define("auth_secret", {
  id: model.id({ prefix: "asec" }).primaryKey(),
  name: model.text().unique(),
  value: model.text().hidden(),
  previous_value: model.text().nullable().hidden(),
  previous_valid_until: model.dateTime().nullable(),
})
