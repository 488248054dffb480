import { moduleService } from "../../framework/service/index.js"
import { RefundReason } from "./models/refund-reason.js"
import { PaymentProvider, PaymentCollection, PaymentSession, Payment } from "./models/payment.js"

export class PaymentService extends moduleService({ PaymentCollection, PaymentSession, Payment, PaymentProvider, RefundReason }) {}
