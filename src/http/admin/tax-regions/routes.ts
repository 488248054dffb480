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
import { writeRoute } from "../../helpers/write-route.js"
import { pathParams } from "../../validation/params.js"

/** /admin/tax-regions (Medusa 2.21.2): countries and their provinces, each with its rates. */
export async function taxRegionRoutes(fastify: FastifyInstance) {
  const server = fastify.withTypeProvider<ZodTypeProvider>()
  const reads = taxReads("tax_region", "tax_region", "tax_regions", TAX_REGION_FIELDS)

  server.get("/tax-regions", { schema: { querystring: ListTaxRegionsQuery } }, async (request, reply) =>
    sendJson(reply, await reads.list(request, request.query)),
  )

  writeRoute(server, {
    path: "/tax-regions",
    schema: { params: pathParams(), body: CreateTaxRegionBody, querystring: RetrieveTaxRegionQuery },
    write: ({ container, auth, body: { additional_data: _, ...input } }) =>
      createTaxRegionWorkflow(container, input, auth?.actor_id ?? null),
    answer: (request, region) => reads.one(request, region.id, request.query.fields),
  })

  server.get(
    "/tax-regions/:id",
    { schema: { params: IdParams, querystring: RetrieveTaxRegionQuery } },
    async (request, reply) => {
      const { id } = request.params
      return sendJson(reply, await reads.one(request, id, request.query.fields))
    },
  )

  writeRoute(server, {
    path: "/tax-regions/:id",
    schema: { params: IdParams, body: UpdateTaxRegionBody, querystring: RetrieveTaxRegionQuery },
    write: ({ container, params, body }) => updateTaxRegionWorkflow(container, params.id, body),
    answer: (request) => reads.one(request, request.params.id, request.query.fields),
  })

  deleteRoute(server, "/tax-regions", "tax_region", (c, id) => deleteTaxRegionsWorkflow(c, [id]))
}
