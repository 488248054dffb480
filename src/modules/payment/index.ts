import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { refundReasons } from "./migrations/0002_refund_reasons.js"
import { RefundReason } from "./models/refund-reason.js"
import { PaymentProvider, PaymentCollection, PaymentSession, Payment } from "./models/payment.js"
import { PaymentService } from "./service.js"

export const paymentModule = defineModule({
  name: "payment",
  migrations: [initial, refundReasons],
  service: PaymentService,
})

export { PaymentService, RefundReason, PaymentProvider, PaymentCollection, PaymentSession, Payment }
