import { ReturnReason } from "../../modules/order/index.js"
import { reasonRecordWorkflows } from "../common/reason-records.js"

/** create-return-reasons / update-return-reasons / delete-return-reasons */
export const returnReasonWorkflows = reasonRecordWorkflows(
  "order",
  ReturnReason,
  (id) => `Return reason with id: ${id} was not found`,
)
