import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import { z } from "zod"
import type { Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"
import { batchPromotionRulesWorkflow, type RuleType } from "../../../workflows/promotion/rule-batch.js"
import { RULE_FIELDS } from "./query-config.js"
import { RULE_VALUE_SOURCES, ruleAttributes } from "./rule-attributes.js"
import { listRulesForForm } from "./rule-list.js"
import { RuleBatch, RuleOptionsQuery, RuleValuesQuery } from "./rule-validators.js"

/** Where each type of rule hangs off a promotion. */
const ownerPath: Record<RuleType, string> = {
  rules: "rules",
  "target-rules": "application_method.target_rules",
  "buy-rules": "application_method.buy_rules",
}
const isRuleType = (param: string): param is RuleType => Object.hasOwn(ownerPath, param)

function ruleType(param: string): RuleType {
  if (!isRuleType(param)) throw invalidData(`Invalid param rule_type (${param})`)
  return param
}

/** The rules of one type of a promotion, Medusa's rule fields. */
async function readRules(c: Container, id: string, type: RuleType, ids?: string[]) {
  const path = ownerPath[type]
  const { data } = await c.query.graph<Record<string, unknown>>({
    entity: "promotion",
    fields: RULE_FIELDS.map((f) => `${path}.${f}`),
    filters: { id },
  })
  let rules = (path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], data[0]) ?? []) as {
    id: string
  }[]
  if (ids) rules = rules.filter((r) => ids.includes(r.id))
  return rules
}

/** The rule routes of /admin/promotions as the dashboard uses them. */
export async function promotionRuleRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>()
  const params = z.object({ id: z.string(), rule_type: z.string() })

  server.get(
    "/promotions/rule-attribute-options/:rule_type",
    { schema: { params: z.object({ rule_type: z.string() }), querystring: RuleOptionsQuery } },
    async (request) => ({ attributes: ruleAttributes(request.query)[ruleType(request.params.rule_type)] ?? [] }),
  )

  server.get(
    "/promotions/rule-value-options/:rule_type/:attribute",
    { schema: { params: z.object({ rule_type: z.string(), attribute: z.string() }), querystring: RuleValuesQuery } },
    async (request) => {
      const type = ruleType(request.params.rule_type)
      const { attribute } = request.params
      const target = request.query.application_method_target_type
      const known = ruleAttributes({ application_method_target_type: target })[type].some(
        (a) => (a as { id: string }).id === attribute,
      )
      const source = RULE_VALUE_SOURCES[attribute]
      if (!known || !source) throw invalidData(`Invalid rule attribute - ${attribute}`)
      const { limit, offset, value, q } = request.query
      const page = { values: [] as { label: unknown; value: unknown }[], count: 0, offset, limit }
      // an entity salesgraph does not hold (customer groups) has no values to offer
      if (!request.container.core.schema.has(source.entity)) return page
      const filters: Record<string, unknown> = {}
      if (value) filters[source.value] = value
      if (q) filters.q = q
      const { data, metadata } = await request.container.query.graph<Record<string, unknown>>({
        entity: source.entity,
        fields: [source.label, source.value],
        filters,
        pagination: { skip: offset, take: limit },
      })
      page.values = data.map((r) => ({ label: r[source.label], value: r[source.value] }))
      page.count = metadata?.count ?? data.length
      return page
    },
  )

  server.get("/promotions/:id/:rule_type", { schema: { params, querystring: RuleOptionsQuery } }, async (request) => ({
    rules: await listRulesForForm(
      request.container,
      request.params.id,
      ruleType(request.params.rule_type),
      request.query,
    ),
  }))

  server.post("/promotions/:id/:rule_type/batch", { schema: { params, body: RuleBatch } }, async (request) => {
    const { id } = request.params
    const type = ruleType(request.params.rule_type)
    const done = await batchPromotionRulesWorkflow(request.container, id, type, request.body)
    return {
      created: await readRules(request.container, id, type, done.created),
      updated: await readRules(request.container, id, type, done.updated),
      deleted: { ids: done.deleted, object: "promotion-rule", deleted: true },
    }
  })
}
