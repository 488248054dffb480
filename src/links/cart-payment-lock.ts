import type { Executor } from "../db/executor.js"
import { sql } from "../framework/sql/sql.js"

/**
 * Locks the live cart a payment collection belongs to (through the cart–payment-collection
 * link), in one statement. It reads a link table and the cart module's table, so it lives in the
 * link layer. Nothing is locked when the collection has no cart.
 */
export async function lockCartOfPaymentCollection(db: Executor, collectionId: string): Promise<void> {
  await db.query(
    sql`SELECT c.id FROM cart c JOIN cart_payment_collection l ON l.cart_id = c.id AND l.deleted_at IS NULL
        WHERE l.payment_collection_id = ${collectionId}::text FOR UPDATE OF c`,
  )
}
