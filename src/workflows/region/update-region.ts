import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { RegionService } from "../../modules/region/service.js"
import type { CreateRegionInput } from "./create-regions.js"
import { upsertRegionPreference } from "../pricing/price-preferences.js"
import { assertPaymentProvidersEnabled, setRegionPaymentProviders } from "./payment-providers.js"

/**
 * update-regions: the region must exist (locked, so concurrent updates queue) · validate
 * countries (its own may stay) and payment providers · update columns (metadata merges) ·
 * replace countries when given · replace provider links when given · its `region_id` price
 * preference takes `is_tax_inclusive` when given · emit `region.updated`.
 */
export function updateRegionWorkflow(c: Container, id: string, input: Partial<CreateRegionInput>): Promise<Row> {
  const { countries, payment_providers, is_tax_inclusive, ...columns } = RegionService.normalize(input)
  return c.transaction(async (tx) => {
    if (!(await tx.modules.region.lockRegion(id))) throw notFound(`Region with id "${id}" not found`)
    if (countries) await tx.modules.region.validateCountries(countries, [id])
    if (payment_providers) await assertPaymentProvidersEnabled(tx, payment_providers)
    const region = await tx.modules.region.updateRegions(id, columns)
    if (countries) await tx.modules.region.setCountries(id, countries)
    if (payment_providers) await setRegionPaymentProviders(tx, id, payment_providers)
    if (is_tax_inclusive !== undefined) await upsertRegionPreference(tx, id, is_tax_inclusive)
    tx.emit("region.updated", { id })
    return region
  })
}
