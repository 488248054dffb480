import { refundReasonWorkflows } from "../../../workflows/payment/refund-reasons.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { RefundReasonSchemas } from "./validators.js"

/** /admin/refund-reasons (Medusa 2.21.2: a GET of an unknown id answers 200 `{}`). */
export const refundReasonRoutes = recordRoutes({
  path: "/refund-reasons",
  entity: "refund_reason",
  key: "refund_reason",
  listKey: "refund_reasons",
  object: "refund_reason",
  defaults: ["id", "label", "code", "description", "created_at", "updated_at", "deleted_at"],
  schemas: RefundReasonSchemas,
  create: forOne(refundReasonWorkflows.create),
  update: refundReasonWorkflows.update,
  delete: forOne(refundReasonWorkflows.delete),
})
