import { model } from "../../../framework/model/index.js"

export const SalesChannel = model.define("sales_channel", {
  id: model.id({ prefix: "sc" }).primaryKey(),
  name: model.text().searchable(),
  description: model.text().searchable().nullable(),
  is_disabled: model.boolean().default(false),
  metadata: model.json().nullable(),
})
