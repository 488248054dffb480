import { RefundReason } from "../../modules/payment/index.js"
import { reasonRecordWorkflows } from "../common/reason-records.js"

/** create-refund-reasons / update-refund-reasons / delete-refund-reasons */
export const refundReasonWorkflows = reasonRecordWorkflows(
  "payment",
  RefundReason,
  (id) => `RefundReason with id "${id}" not found`,
)
