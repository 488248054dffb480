import type { Container } from "../../app/container.js"
import type { ModelRow } from "../../framework/service/index.js"
import type { Region } from "../../modules/region/models/region.js"
import { RegionService } from "../../modules/region/service.js"
import { upsertRegionPreference } from "../pricing/price-preferences.js"
import { assertPaymentProvidersEnabled, setRegionPaymentProviders } from "./payment-providers.js"

export interface CreateRegionInput {
  name: string
  currency_code: string
  countries?: string[]
  automatic_taxes?: boolean
  /** kept as the region's `region_id` price preference (Medusa's), not on the region */
  is_tax_inclusive?: boolean
  payment_providers?: string[]
  metadata?: Record<string, unknown> | null
}

/**
 * create-regions: validate countries (known, listed once, free) and payment providers (enabled)
 * · create the regions · assign their countries · link their payment providers ·
 * emit `region.created` for each.
 */
export function createRegionsWorkflow(c: Container, input: CreateRegionInput[]): Promise<ModelRow<typeof Region>[]> {
  const regions = input.map((r) => RegionService.normalize(r))
  return c.transaction(async (tx) => {
    await tx.modules.region.validateCountries(regions.flatMap((r) => r.countries ?? []))
    await assertPaymentProvidersEnabled(
      tx,
      regions.flatMap((r) => r.payment_providers ?? []),
    )
    const created = await tx.modules.region.createRegions(
      regions.map(({ countries, payment_providers, is_tax_inclusive, ...columns }) => columns),
    )
    for (const [i, region] of created.entries()) {
      const { countries, payment_providers, is_tax_inclusive } = regions[i]
      if (countries?.length) await tx.modules.region.setCountries(region.id, countries)
      if (payment_providers?.length) await setRegionPaymentProviders(tx, region.id, payment_providers)
      await upsertRegionPreference(tx, region.id, is_tax_inclusive ?? false)
      tx.emit("region.created", { id: region.id })
    }
    return created
  })
}
