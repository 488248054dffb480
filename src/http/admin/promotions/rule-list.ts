import type { Container } from "../../../app/container.js"
import type { RuleType } from "../../../workflows/promotion/rule-batch.js"
import { RULE_VALUE_SOURCES, ruleAttributes } from "./rule-attributes.js"

const OPERATOR_LABELS: Record<string, string> = { in: "In", eq: "Equals", ne: "Not In" }
const OWNER: Record<RuleType, string> = {
  rules: "rules",
  "target-rules": "application_method.target_rules",
  "buy-rules": "application_method.buy_rules",
}

interface Attribute {
  id: string
  value: string
  label: string
  field_type: string
  required?: boolean
  disguised?: boolean
  hydrate?: boolean
}
interface Rule {
  id?: string
  attribute: string
  operator: string
  values: unknown
}
type Promotion = {
  type: string
  rules: Rule[]
  application_method: (Record<string, unknown> & { target_rules: Rule[]; buy_rules: Rule[] }) | null
}

const pick = (o: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], o)

/** The labels of rule values (a region's name, a currency's name), as Medusa hydrates them. */
async function labelled(c: Container, attribute: Attribute, values: { value: string }[]) {
  const source = RULE_VALUE_SOURCES[attribute.id]
  if (!source || !c.core.schema.has(source.entity) || !Array.isArray(values)) return values
  const { data } = await c.query.graph<Record<string, string>>({
    entity: source.entity,
    fields: [source.label, source.value],
    filters: { [source.value]: values.map((v) => v.value) },
  })
  const labels = new Map(data.map((r) => [r[source.value], r[source.label]]))
  return values.map((v) => ({ value: v.value, label: labels.get(v.value) || v.value }))
}

/**
 * Medusa's GET /admin/promotions/:id/:rule_type: the rules with their attribute's form data
 * (label, field type, operators, labels of the values), the disguised ones (a fixed amount's
 * currency, a buyget's quantities) read from the application method and listed first; a rule
 * whose attribute the map lacks is left out. For an id that is no promotion (the dashboard's
 * create form asks for `null`) the query's promotion type, method type and target type choose
 * the attributes, and the required disguised rules come with no value.
 */
export async function listRulesForForm(
  c: Container,
  id: string,
  type: RuleType,
  query: { promotion_type?: string; application_method_type?: string; application_method_target_type?: string },
) {
  const { data } = await c.query.graph<Promotion>({
    entity: "promotion",
    fields: [
      "type",
      "application_method.*",
      ...["id", "attribute", "operator", "values.value"].map((f) => `${OWNER[type]}.${f}`),
    ],
    filters: { id },
  })
  const promotion = data[0] as Promotion | undefined
  const method = promotion?.application_method
  const attributes = ruleAttributes({
    promotion_type: promotion?.type || query.promotion_type,
    application_method_type: (method?.type as string) || query.application_method_type,
    application_method_target_type: (method?.target_type as string) || query.application_method_target_type,
  })[type] as Attribute[]
  const own = ((promotion && (pick(promotion, OWNER[type]) as Rule[])) || []).map((r) => ({ ...r }))
  const out: Record<string, unknown>[] = []
  const disguised: Rule[] = []
  for (const attribute of attributes.filter((a) => a.disguised)) {
    const recorded = method?.[attribute.id]
    if (!(attribute.required ?? true) && !recorded) continue
    const values = attribute.field_type === "number" ? recorded : recorded ? [{ label: recorded, value: recorded }] : []
    const rule = {
      ...attribute,
      id: undefined,
      attribute: attribute.id,
      attribute_label: attribute.label,
      operator: "eq",
      operator_label: OPERATOR_LABELS.eq,
      value: undefined,
      values,
    }
    out.push(rule)
    disguised.push(rule)
  }
  for (const rule of [...own, ...disguised]) {
    const attribute = attributes.find((a) => a.value === rule.attribute)
    if (!attribute || !RULE_VALUE_SOURCES[attribute.id]) continue
    if (Array.isArray(rule.values)) rule.values = await labelled(c, attribute, rule.values as { value: string }[])
    if (!attribute.hydrate)
      out.push({
        ...attribute,
        ...rule,
        attribute_label: attribute.label,
        operator_label: OPERATOR_LABELS[rule.operator] ?? rule.operator,
      })
  }
  return out
}
