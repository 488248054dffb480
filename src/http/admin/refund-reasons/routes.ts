import { refundReasonWorkflows } from "../../../workflows/payment/refund-reasons.js"
import { recordRoutes } from "../../helpers/record-routes.js"
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
  create: (c, body) => refundReasonWorkflows.create(c, [body]),
  update: (c, id, body) => refundReasonWorkflows.update(c, id, body),
  delete: (c, id) => refundReasonWorkflows.delete(c, [id]),
})
