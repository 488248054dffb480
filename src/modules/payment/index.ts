import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { PaymentProvider, PaymentCollection, PaymentSession, Payment } from "./models/payment.js"
import { PaymentService } from "./service.js"

export const paymentModule = defineModule({
  name: "payment",
  models: [PaymentProvider, PaymentCollection, PaymentSession, Payment],
  migrations: [initial],
  service: PaymentService,
})

export { PaymentService, PaymentProvider, PaymentCollection, PaymentSession, Payment }
