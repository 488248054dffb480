import type { FastifyInstance } from "fastify"
import { emptyListRoute } from "../../helpers/empty-list.js"

/** salesgraph's workflows are single transactions that keep no execution records (nothing to
 * resume or retry): the list is empty, as Medusa's in-memory engine answers once none are kept. */
export async function workflowExecutionRoutes(server: FastifyInstance) {
  emptyListRoute(server, "/workflows-executions", {
    key: "workflow_executions",
    defaultLimit: 100,
    filters: { transaction_id: "strings", workflow_id: "strings", state: "strings" },
    retrieve: true,
  })
}
