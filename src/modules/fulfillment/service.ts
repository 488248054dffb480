import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { fulfillmentModels } from "./models/index.js"

export class FulfillmentService extends moduleService(fulfillmentModels) {
  /**
   * Locks the live profiles for the rest of the transaction, in id order; returns the ids
   * found. A product linked meanwhile (the link takes FOR SHARE) is seen, or waits and fails.
   */
  async lockShippingProfiles(ids: string[]): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      sql`SELECT id FROM shipping_profile WHERE id = ANY(${ids}::text[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
    )
    return rows.map((r) => r.id)
  }
}
