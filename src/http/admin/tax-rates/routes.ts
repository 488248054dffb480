import type { FastifyInstance, FastifyRequest } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import {
  addTaxRateRuleWorkflow,
  createTaxRateWorkflow,
  deleteTaxRateRulesWorkflow,
  deleteTaxRatesWorkflow,
  updateTaxRateWorkflow,
} from "../../../workflows/tax/tax-rates.js"
import { deleteEnvelope, sendJson } from "../../helpers/respond.js"
import { writeRoute } from "../../helpers/write-route.js"
import { deleteChildRoute } from "../../helpers/delete-route.js"
import type { IdFieldsRequest } from "../../helpers/typed-server.js"
import { pathParams } from "../../validation/params.js"
import { listFilterValues } from "../../validation/common.js"
import { taxReads } from "../tax-regions/read.js"
import { TAX_RATE_FIELDS } from "./query-config.js"
import {
  CreateTaxRateBody,
  ListTaxRatesQuery,
  RateParams,
  RetrieveTaxRateQuery,
  RuleParams,
  TaxRateRuleBody,
  UpdateTaxRateBody,
} from "./validators.js"

/** /admin/tax-rates (Medusa 2.21.2) and their rules (`/:id/rules`). */
export async function taxRateRoutes(fastify: FastifyInstance) {
  const server = fastify.withTypeProvider<ZodTypeProvider>()
  const reads = taxReads("tax_rate", "tax_rate", "tax_rates", TAX_RATE_FIELDS)
  const reRead = (request: FastifyRequest & IdFieldsRequest) =>
    reads.one(request, request.params.id, request.query.fields)

  server.get("/tax-rates", { schema: { querystring: ListTaxRatesQuery } }, async (request, reply) => {
    const { fields: _, limit: __, offset: ___, order: ____, with_deleted: _____, is_default, ...rest } = request.query
    const filters = listFilterValues(rest)
    if (is_default) filters.is_default = is_default === "true"
    return sendJson(reply, await reads.list(request, request.query, filters))
  })

  writeRoute(server, {
    path: "/tax-rates",
    schema: { params: pathParams(), body: CreateTaxRateBody, querystring: RetrieveTaxRateQuery },
    write: ({ container, auth, body: { additional_data: _, ...input } }) =>
      createTaxRateWorkflow(container, input, auth?.actor_id ?? null),
    answer: (request, rate) => reads.one(request, rate.id, request.query.fields),
  })

  server.get(
    "/tax-rates/:id",
    { schema: { params: RateParams, querystring: RetrieveTaxRateQuery } },
    async (request, reply) => sendJson(reply, await reads.one(request, request.params.id, request.query.fields)),
  )

  writeRoute(server, {
    path: "/tax-rates/:id",
    schema: { params: RateParams, body: UpdateTaxRateBody, querystring: RetrieveTaxRateQuery },
    write: ({ container, params, body, auth }) =>
      updateTaxRateWorkflow(container, params.id, body, auth?.actor_id ?? null),
    answer: reRead,
  })

  server.delete("/tax-rates/:id", { schema: { params: RateParams } }, async (request) => {
    await deleteTaxRatesWorkflow(request.container, [request.params.id])
    return deleteEnvelope(request.params.id, "tax_rate")
  })

  writeRoute(server, {
    path: "/tax-rates/:id/rules",
    schema: { params: RateParams, body: TaxRateRuleBody, querystring: RetrieveTaxRateQuery },
    write: ({ container, params, body, auth }) =>
      addTaxRateRuleWorkflow(container, params.id, body, auth?.actor_id ?? null),
    answer: reRead,
  })

  deleteChildRoute(server, {
    path: "/tax-rates/:id/rules/:rule_id",
    schema: { params: RuleParams, querystring: RetrieveTaxRateQuery },
    object: "tax_rate_rule",
    remove: ({ container, params }) => deleteTaxRateRulesWorkflow(container, [params.rule_id]),
    id: ({ params }) => params.rule_id,
    parent: (request) => reads.raw(request, request.params.id, request.query.fields),
  })
}
