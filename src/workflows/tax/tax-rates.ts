import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"

export interface TaxRateRuleInput {
  reference: string
  reference_id: string
}

export interface TaxRateInput {
  name: string
  code: string
  rate?: number
  is_default?: boolean
  is_combinable?: boolean
  tax_region_id: string
  rules?: TaxRateRuleInput[]
  metadata?: Record<string, unknown> | null
}

const missingRelation = (key: string, id: string) =>
  notFound(`You tried to set relationship ${key}: ${id}, but such entity does not exist`)

/** Inside a transaction: rates (their regions exist) and their rules. */
export async function createTaxRatesIn(tx: Container, rates: TaxRateInput[], actor: string | null): Promise<Row[]> {
  const regionIds = [...new Set(rates.map((r) => r.tax_region_id))]
  const found = await tx.modules.tax.listTaxRegions({ id: regionIds }, { select: ["id"] })
  const missing = regionIds.find((id) => !found.some((r) => r.id === id))
  if (missing) throw missingRelation("tax_region_id", missing)
  const created: Row[] = []
  for (const { rules, ...rate } of rates) {
    const row = await tx.modules.tax.createTaxRates({ ...rate, created_by: actor })
    if (rules?.length) await tx.modules.tax.setRateRules(row.id, rules, actor)
    created.push(row)
  }
  return created
}

/** create-tax-rates */
export function createTaxRateWorkflow(c: Container, input: TaxRateInput, actor: string | null): Promise<Row> {
  return c.transaction(async (tx) => (await createTaxRatesIn(tx, [input], actor))[0])
}

/** update-tax-rates: the rate exists · columns written · `rules`, when given, replace the rate's rules. */
export function updateTaxRateWorkflow(
  c: Container,
  id: string,
  input: Partial<Omit<TaxRateInput, "tax_region_id">>,
  actor: string | null,
): Promise<Row> {
  const { rules, ...columns } = input
  return c.transaction(async (tx) => {
    const [row] = await tx.modules.tax.updateTaxRates({ selector: { id }, data: columns })
    if (!row) throw notFound(`Tax rate with id "${id}" not found`)
    if (rules) await tx.modules.tax.setRateRules(id, rules, actor)
    return row
  })
}

/** delete-tax-rates: soft-deletes rates with their rules (unknown ids are no error). */
export function deleteTaxRatesWorkflow(c: Container, ids: string[]): Promise<unknown> {
  return c.transaction((tx) => tx.modules.tax.softDeleteTaxRates(ids))
}

/** create-tax-rate-rules: the rate exists · one more rule. */
export function addTaxRateRuleWorkflow(
  c: Container,
  rateId: string,
  rule: TaxRateRuleInput,
  actor: string | null,
): Promise<Row> {
  return c.transaction(async (tx) => {
    if (!(await tx.modules.tax.listTaxRates({ id: rateId }, { select: ["id"] })).length)
      throw missingRelation("tax_rate_id", rateId)
    return tx.modules.tax.createTaxRateRules({ ...rule, tax_rate_id: rateId, created_by: actor })
  })
}

/** delete-tax-rate-rules (unknown ids are no error). */
export function deleteTaxRateRulesWorkflow(c: Container, ids: string[]): Promise<unknown> {
  return c.transaction((tx) => tx.modules.tax.softDeleteTaxRateRules(ids))
}
