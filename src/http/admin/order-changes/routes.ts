import type { FastifyInstance } from "fastify"
import { z } from "zod"
import { stringOrArray, text } from "../../validation/common.js"

const OrderChangesQuery = z
  .object({ fields: text().optional(), change_type: stringOrArray().optional(), status: stringOrArray().optional() })
  .strict()

/** An order's changes (edits, returns, claims…): salesgraph keeps none yet, so the list is empty,
 * as Medusa answers for an order never changed (it answers an unknown order the same). */
export async function orderChangeRoutes(server: FastifyInstance) {
  server.get("/orders/:id/changes", { schema: { querystring: OrderChangesQuery } }, async () => ({ order_changes: [] }))
}
