import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import { z } from "zod"
import { sendJson } from "../../helpers/respond.js"
import { listParams, queryBoolean, stringOrArray, text } from "../../validation/common.js"
import { taxReads } from "../tax-regions/read.js"

const ListTaxProvidersQuery = z
  .object({
    ...listParams(20),
    id: stringOrArray().optional(),
    is_enabled: queryBoolean().optional(),
    q: text().optional(),
  })
  .strict()

/** GET /admin/tax-providers (Medusa 2.21.2): the system provider `tp_system`. */
export async function taxProviderRoutes(fastify: FastifyInstance) {
  const server = fastify.withTypeProvider<ZodTypeProvider>()
  const reads = taxReads("tax_provider", "tax_provider", "tax_providers", ["id", "is_enabled"])
  server.get("/tax-providers", { schema: { querystring: ListTaxProvidersQuery } }, async (request, reply) =>
    sendJson(reply, await reads.list(request, request.query)),
  )
}
