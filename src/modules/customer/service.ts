import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { Customer, CustomerAddress, CustomerGroup } from "./models/customer.js"

export class CustomerService extends moduleService({ Customer, CustomerAddress, CustomerGroup }) {
  /** Adds and removes group memberships as (customer, group) pairs; an existing pair is kept. */
  async setGroupMembers(add: [string, string][], remove: [string, string][]): Promise<void> {
    const [addC, addG, remC, remG] = [
      add.map((p) => p[0]),
      add.map((p) => p[1]),
      remove.map((p) => p[0]),
      remove.map((p) => p[1]),
    ]
    if (remove.length)
      await this.db
        .query(sql`DELETE FROM customer_group_customer g USING unnest(${remC}::text[], ${remG}::text[]) AS r(c, gr)
        WHERE g.customer_id = r.c AND g.customer_group_id = r.gr`)
    if (add.length)
      await this.db.query(sql`INSERT INTO customer_group_customer (customer_id, customer_group_id)
        SELECT * FROM unnest(${addC}::text[], ${addG}::text[]) ON CONFLICT DO NOTHING`)
  }

  /** Deleted groups lose their members. */
  async emptyGroups(groupIds: string[]): Promise<void> {
    if (groupIds.length)
      await this.db.query(sql`DELETE FROM customer_group_customer WHERE customer_group_id = ANY(${groupIds}::text[])`)
  }
}
