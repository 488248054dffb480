import { model } from "../../../framework/model/index.js"

/** Why money goes back (Medusa's refund_reason): a label and a code. */
export const RefundReason = model.define("refund_reason", {
  id: model.id({ prefix: "refr" }).primaryKey(),
  label: model.text().searchable(),
  code: model.text().searchable(),
  description: model.text().searchable().nullable(),
  metadata: model.json().nullable(),
})
