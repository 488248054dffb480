import { model } from "../../../framework/model/index.js"

export const User = model.define("user", {
  id: model.id({ prefix: "user" }).primaryKey(),
  first_name: model.text().searchable().nullable(),
  last_name: model.text().searchable().nullable(),
  email: model.text().searchable().unique(),
  avatar_url: model.text().nullable(),
  metadata: model.json().nullable(),
})
