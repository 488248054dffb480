import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import {
  createTaxRegionWorkflow,
  deleteTaxRegionsWorkflow,
  updateTaxRegionWorkflow,
} from "../../../workflows/tax/tax-regions.js"
import { sendJson } from "../../helpers/respond.js"
import { TAX_REGION_FIELDS } from "./query-config.js"
import { taxReads } from "./read.js"
import {
  CreateTaxRegionBody,
  IdParams,
  ListTaxRegionsQuery,
  RetrieveTaxRegionQuery,
  UpdateTaxRegionBody,
} from "./validators.js"
import { deleteRoute } from "../../helpers/delete-route.js"

/** /admin/tax-regions (Medusa 2.21.2): countries and their provinces, each with its rates. */
export async function taxRegionRoutes(fastify: FastifyInstance) {
  const server = fastify.withTypeProvider<ZodTypeProvider>()
  const reads = taxReads("tax_region", "tax_region", "tax_regions", TAX_REGION_FIELDS)

  server.get("/tax-regions", { schema: { querystring: ListTaxRegionsQuery } }, async (request, reply) =>
    sendJson(reply, await reads.list(request, request.query)),
  )

  server.post(
    "/tax-regions",
    { schema: { body: CreateTaxRegionBody, querystring: RetrieveTaxRegionQuery } },
    async (request, reply) => {
      const { additional_data: _, ...input } = request.body
      const region = await createTaxRegionWorkflow(request.container, input, request.auth?.actor_id ?? null)
      return sendJson(reply, await reads.one(request, region.id, request.query.fields))
    },
  )

  server.get(
    "/tax-regions/:id",
    { schema: { params: IdParams, querystring: RetrieveTaxRegionQuery } },
    async (request, reply) => {
      const { id } = request.params
      return sendJson(reply, await reads.one(request, id, request.query.fields))
    },
  )

  server.post(
    "/tax-regions/:id",
    { schema: { params: IdParams, body: UpdateTaxRegionBody, querystring: RetrieveTaxRegionQuery } },
    async (request, reply) => {
      const { id } = request.params
      await updateTaxRegionWorkflow(request.container, id, request.body)
      return sendJson(reply, await reads.one(request, id, request.query.fields))
    },
  )

  deleteRoute(server, "/tax-regions", "tax_region", (c, id) => deleteTaxRegionsWorkflow(c, [id]))
}
