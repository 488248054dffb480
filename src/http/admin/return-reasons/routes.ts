import { returnReasonWorkflows } from "../../../workflows/order/return-reasons.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { ReturnReasonSchemas } from "./validators.js"

const LIST_FIELDS = [
  "id",
  "value",
  "label",
  "parent_return_reason_id",
  "description",
  "created_at",
  "updated_at",
  "deleted_at",
]

/** /admin/return-reasons (Medusa 2.21.2's defaults: one reason also shows its parent and children). */
export const returnReasonRoutes = recordRoutes({
  path: "/return-reasons",
  entity: "return_reason",
  key: "return_reason",
  listKey: "return_reasons",
  object: "return_reason",
  defaults: LIST_FIELDS,
  retrieveDefaults: [...LIST_FIELDS, "parent_return_reason.*", "return_reason_children.*"],
  schemas: ReturnReasonSchemas,
  create: forOne(returnReasonWorkflows.create),
  update: returnReasonWorkflows.update,
  delete: forOne(returnReasonWorkflows.delete),
  missing: (id) => `Return reason with id: ${id} was not found`,
})
