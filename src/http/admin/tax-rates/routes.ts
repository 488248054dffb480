import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import {
  addTaxRateRuleWorkflow,
  createTaxRateWorkflow,
  deleteTaxRateRulesWorkflow,
  deleteTaxRatesWorkflow,
  updateTaxRateWorkflow,
} from "../../../workflows/tax/tax-rates.js"
import { deleteEnvelope, sendJson } from "../../helpers/respond.js"
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

  server.get("/tax-rates", { schema: { querystring: ListTaxRatesQuery } }, async (request, reply) => {
    const { fields: _, limit: __, offset: ___, order: ____, with_deleted: _____, is_default, ...rest } = request.query
    const filters = listFilterValues(rest)
    if (is_default) filters.is_default = is_default === "true"
    return sendJson(reply, await reads.list(request, request.query, filters))
  })

  server.post(
    "/tax-rates",
    { schema: { body: CreateTaxRateBody, querystring: RetrieveTaxRateQuery } },
    async (request, reply) => {
      const { additional_data: _, ...input } = request.body
      const rate = await createTaxRateWorkflow(request.container, input, request.auth?.actor_id ?? null)
      return sendJson(reply, await reads.one(request, rate.id, request.query.fields))
    },
  )

  server.get(
    "/tax-rates/:id",
    { schema: { params: RateParams, querystring: RetrieveTaxRateQuery } },
    async (request, reply) => sendJson(reply, await reads.one(request, request.params.id, request.query.fields)),
  )

  server.post(
    "/tax-rates/:id",
    { schema: { params: RateParams, body: UpdateTaxRateBody, querystring: RetrieveTaxRateQuery } },
    async (request, reply) => {
      const { id } = request.params
      await updateTaxRateWorkflow(request.container, id, request.body, request.auth?.actor_id ?? null)
      return sendJson(reply, await reads.one(request, id, request.query.fields))
    },
  )

  server.delete("/tax-rates/:id", { schema: { params: RateParams } }, async (request) => {
    await deleteTaxRatesWorkflow(request.container, [request.params.id])
    return deleteEnvelope(request.params.id, "tax_rate")
  })

  server.post(
    "/tax-rates/:id/rules",
    { schema: { params: RateParams, body: TaxRateRuleBody, querystring: RetrieveTaxRateQuery } },
    async (request, reply) => {
      const { id } = request.params
      await addTaxRateRuleWorkflow(request.container, id, request.body, request.auth?.actor_id ?? null)
      return sendJson(reply, await reads.one(request, id, request.query.fields))
    },
  )

  server.delete(
    "/tax-rates/:id/rules/:rule_id",
    { schema: { params: RuleParams, querystring: RetrieveTaxRateQuery } },
    async (request, reply) => {
      const { id, rule_id } = request.params
      await deleteTaxRateRulesWorkflow(request.container, [rule_id])
      const parent = await reads.raw(request, id, request.query.fields)
      const envelope = JSON.stringify(deleteEnvelope(rule_id, "tax_rate_rule")).slice(0, -1)
      return sendJson(reply, parent === undefined ? `${envelope}}` : `${envelope},"parent":${parent}}`)
    },
  )
}
