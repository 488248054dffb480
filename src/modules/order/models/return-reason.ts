import { model } from "../../../framework/model/index.js"

/** Why an item comes back (Medusa's return_reason): a value and label, nested under a parent. */
export const ReturnReason = model.define("return_reason", {
  id: model.id({ prefix: "rr" }).primaryKey(),
  value: model.text().searchable(),
  label: model.text().searchable(),
  description: model.text().searchable().nullable(),
  metadata: model.json().nullable(),
  parent_return_reason_id: model.text().nullable().index(),
  parent_return_reason: model.belongsTo(() => ReturnReason, { foreignKey: "parent_return_reason_id" }),
  return_reason_children: model.hasMany(() => ReturnReason, { foreignKey: "parent_return_reason_id" }),
})
