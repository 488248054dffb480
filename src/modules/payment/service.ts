import { moduleService } from "../../framework/service/index.js"
import { PaymentProvider, PaymentCollection, PaymentSession, Payment } from "./models/payment.js"

export class PaymentService extends moduleService({ PaymentCollection, PaymentSession, Payment, PaymentProvider }) {}
