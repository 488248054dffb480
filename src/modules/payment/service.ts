import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { RefundReason } from "./models/refund-reason.js"
import { PaymentProvider, PaymentCollection, PaymentSession, Payment } from "./models/payment.js"

export class PaymentService extends moduleService({
  PaymentProvider,
  PaymentCollection,
  PaymentSession,
  Payment,
  RefundReason,
}) {
  /** Takes the live collection's row lock for the rest of the transaction; false when there is none. */
  async lockPaymentCollection(id: string): Promise<boolean> {
    const rows = await this.db.query(
      sql`SELECT id FROM payment_collection WHERE id = ${id}::text AND deleted_at IS NULL FOR UPDATE`,
    )
    return rows.length > 0
  }
}
