import type pg from "pg"

/**
 * Which plan PostgreSQL uses for a named prepared statement (docs/architecture.md, "Plans").
 * By default (`auto`) it plans a statement afresh for its first five executions on each
 * connection, then keeps a generic plan if that looks as cheap. Query's large JSON-building reads
 * (a cart or an order with its totals) take 50–150 ms to plan and a few to run, so a pool spreading
 * requests over its connections paid that planning on most cart requests. A statement that looks
 * up one row by its id plans the same whatever the id: it gets the generic plan at once
 * (`generic`), planned once per connection. Listings keep `auto`: their best plan depends on the
 * filter's and the limit's values. Transactions (writes by id) are generic throughout
 * (`BEGIN_GENERIC`, reverted by their end).
 */
export type PlanMode = "auto" | "generic"

export const BEGIN_GENERIC = "BEGIN; SET LOCAL plan_cache_mode = force_generic_plan"

// the session's mode of each pooled connection; a new one is `auto` (the server's default)
const modes = new WeakMap<pg.ClientBase, PlanMode>()

/** Sets the connection's session mode to `mode` if it is not already (one round trip when it changes). */
export async function usePlanMode(client: pg.ClientBase, mode: PlanMode): Promise<void> {
  if ((modes.get(client) ?? "auto") === mode) return
  await client.query(mode === "generic" ? "SET plan_cache_mode = force_generic_plan" : "RESET plan_cache_mode")
  modes.set(client, mode)
}
