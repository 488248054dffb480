import type { Container } from "../../app/container.js"
import type { Row } from "../../framework/service/index.js"
import { PricePreference } from "../../modules/pricing/index.js"

const preferences = (tx: Container) => tx.modules.pricing.repository(PricePreference)

/** create-price-preferences: an (attribute, value) in use is the unique index's 400 (Medusa's message). */
export function createPricePreferencesWorkflow(c: Container, rows: Row[]): Promise<Row[]> {
  return c.transaction((tx) => preferences(tx).create(rows))
}

/** update-price-preferences: an unknown id changes nothing (Medusa answers `{}`). */
export function updatePricePreferenceWorkflow(c: Container, id: string, data: Row): Promise<Row | undefined> {
  return c.transaction(async (tx) => (await preferences(tx).updateWhere({ id }, data))[0])
}

/** delete-price-preferences: unknown ids are no error. */
export function deletePricePreferencesWorkflow(c: Container, ids: string[]): Promise<unknown> {
  return c.transaction((tx) => preferences(tx).setDeleted(ids, true))
}

/**
 * Medusa's updatePricePreferencesAsArrayStep, as its update-stores runs it: each currency's
 * `currency_code` preference takes the store currency's `is_tax_inclusive`, made when missing.
 */
export async function upsertCurrencyPreferences(
  tx: Container,
  currencies: { currency_code: string; is_tax_inclusive?: boolean }[],
): Promise<void> {
  for (const currency of currencies) {
    const data = { is_tax_inclusive: currency.is_tax_inclusive ?? false }
    const value = currency.currency_code.toLowerCase()
    const [updated] = await preferences(tx).updateWhere({ attribute: "currency_code", value }, data)
    if (!updated) await preferences(tx).create([{ attribute: "currency_code", value, ...data }])
  }
}

/**
 * Medusa's create-regions and update-regions: a region's `is_tax_inclusive` is its `region_id`
 * price preference (made with the region, false unless given; changed when an update gives it).
 */
export async function upsertRegionPreference(tx: Container, regionId: string, isTaxInclusive: boolean): Promise<void> {
  const data = { is_tax_inclusive: isTaxInclusive }
  const [updated] = await preferences(tx).updateWhere({ attribute: "region_id", value: regionId }, data)
  if (!updated) await preferences(tx).create([{ attribute: "region_id", value: regionId, ...data }])
}
