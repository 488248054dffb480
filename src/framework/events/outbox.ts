import type { Executor } from "../../db/executor.js"
import type { Migration } from "../../db/migrate.js"
import { generateId } from "../ids.js"
import { sql, type Sql } from "../sql/sql.js"
import type { PendingEvent } from "./event.js"

/** Channel on which a committed transaction tells every process that events were written. */
export const EVENTS_CHANNEL = "salesgraph_events"

/** The outbox: events in write order (`seq`), until delivered or given up on. */
const EVENT_OUTBOX = `CREATE TABLE IF NOT EXISTS event_outbox (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  name text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  delivered_at timestamptz NULL,
  failed_at timestamptz NULL,
  last_error text NULL
);
CREATE INDEX IF NOT EXISTS "IDX_event_outbox_pending" ON event_outbox (seq) WHERE delivered_at IS NULL AND failed_at IS NULL;`

export const outboxMigrations: Migration[] = [{ name: "0001_event_outbox", up: EVENT_OUTBOX }]

/**
 * Writes the transaction's events to the outbox, inside that transaction, and queues a
 * NOTIFY that PostgreSQL sends only if it commits (with the event names; empty when none).
 * Returns whether any event waits for delivery (the others are stored already delivered).
 */
export async function writeOutbox(
  tx: Executor,
  events: PendingEvent[],
  needsDelivery: (name: string) => boolean = () => true,
): Promise<boolean> {
  // the outbox statement is the transaction's last: sent with the COMMIT when the executor can
  const run = async (statement: Sql) => (tx.runWithCommit ? tx.runWithCommit(statement) : await tx.query(statement))
  if (events.length === 0) {
    // a commit without events still tells other processes to drop what they cached
    await run(sql`SELECT pg_notify(${EVENTS_CHANNEL}::text, '')`)
    return false
  }
  const rows = events.map((e) => ({ id: generateId("evt"), name: e.name, data: e.data, done: !needsDelivery(e.name) }))
  const names = [...new Set(events.map((e) => e.name))].join(",").slice(0, 7000)
  // one round trip: the insert and the notification travel in the same statement
  await run(sql`WITH written AS (INSERT INTO event_outbox (id, name, data, delivered_at)
      SELECT r.id, r.name, r.data, CASE WHEN r.done THEN now() END
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, name text, data jsonb, done boolean) RETURNING 1)
    SELECT pg_notify(${EVENTS_CHANNEL}::text, ${names}::text)`)
  return rows.some((r) => !r.done)
}
