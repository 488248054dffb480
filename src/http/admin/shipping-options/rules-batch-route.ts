import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import type { Container } from "../../../app/container.js"
import { batchShippingOptionRulesWorkflow } from "../../../workflows/fulfillment/batch-shipping-option-rules.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { writeRoute } from "../../helpers/write-route.js"
import { BatchRulesBody } from "./rule-validators.js"
import { RetrieveQuery } from "./validators.js"

/** Medusa's defaultAdminShippingOptionRuleFields (`description`, `values.value` name nothing on a rule and are left out) */
const RULE_FIELDS = ["id", "description", "attribute", "operator", "values.value"]

const rulesJson = async (c: Container, ids: string[], fields: string | undefined) => {
  if (!ids.length) return "[]"
  const { json } = await c.query.graphJson(
    {
      entity: "shipping_option_rule",
      fields: knownFields("shipping_option_rule", RULE_FIELDS, fields),
      filters: { id: ids },
    },
    { count: false },
  )
  return json
}

/** POST /admin/shipping-options/:id/rules/batch (sdk.admin.shippingOption.updateRules): `{created, updated, deleted}`. */
export async function rulesBatchRoute(server: TypedServer) {
  writeRoute(server, {
    path: "/shipping-options/:id/rules/batch",
    schema: { params: IdParams, body: BatchRulesBody, querystring: RetrieveQuery },
    write: ({ container, params, body }) =>
      batchShippingOptionRulesWorkflow(container, { shipping_option_id: params.id, ...body }),
    answer: async ({ container, query }, result) => {
      const created = await rulesJson(container, result.created, query.fields)
      const updated = await rulesJson(container, result.updated, query.fields)
      const deleted = JSON.stringify({ ids: result.deleted, object: "shipping_option_rule", deleted: true })
      return `{"created":${created},"updated":${updated},"deleted":${deleted}}`
    },
  })
}
