import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { createTaxRatesIn } from "./tax-rates.js"

export interface TaxRegionInput {
  country_code: string
  province_code?: string | null
  parent_id?: string | null
  provider_id?: string | null
  metadata?: Record<string, unknown> | null
  default_tax_rate?: {
    name: string
    code: string
    rate?: number
    is_combinable?: boolean
    metadata?: Record<string, unknown> | null
  }
}

/**
 * create-tax-regions: codes lower-cased · one region per country/province, a province under a
 * region of its country (Medusa's messages) · the provider exists · write the region and its
 * default rate.
 */
export function createTaxRegionWorkflow(c: Container, input: TaxRegionInput, actor: string | null): Promise<Row> {
  const { default_tax_rate, ...rest } = input
  const region = {
    ...rest,
    country_code: rest.country_code.toLowerCase(),
    province_code: rest.province_code ? rest.province_code.toLowerCase() : null,
    parent_id: rest.parent_id ?? null,
    provider_id: rest.provider_id ?? null,
    created_by: actor,
  }
  return c.transaction(async (tx) => {
    await tx.modules.tax.validateNewRegion(region)
    if (region.provider_id && !(await tx.modules.tax.listTaxProviders({ id: region.provider_id })).length) {
      throw notFound(`You tried to set relationship provider_id: ${region.provider_id}, but such entity does not exist`)
    }
    const created = await tx.modules.tax.createTaxRegions(region)
    if (default_tax_rate) {
      await createTaxRatesIn(tx, [{ ...default_tax_rate, is_default: true, tax_region_id: created.id }], actor)
    }
    return created
  })
}

/** update-tax-regions: the region exists · province code lower-cased · write. */
export function updateTaxRegionWorkflow(
  c: Container,
  id: string,
  input: { province_code?: string | null; provider_id?: string; metadata?: Record<string, unknown> | null },
): Promise<Row> {
  return c.transaction(async (tx) => {
    const data: Row = { ...input }
    if (typeof input.province_code === "string") data.province_code = input.province_code.toLowerCase()
    const [row] = await tx.modules.tax.updateTaxRegions({ selector: { id }, data })
    if (!row) throw notFound(`TaxRegion with id "${id}" not found`)
    return row
  })
}

/** delete-tax-regions: soft-deletes the regions with their provinces, rates and rules (unknown ids are no error). */
export function deleteTaxRegionsWorkflow(c: Container, ids: string[]): Promise<unknown> {
  return c.transaction((tx) => tx.modules.tax.softDeleteTaxRegions(ids))
}
