import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { StoreService, type SupportedCurrencyInput } from "../../modules/store/service.js"
import { upsertCurrencyPreferences } from "../pricing/price-preferences.js"

export interface UpdateStoreInput {
  name?: string
  supported_currencies?: SupportedCurrencyInput[]
  /** accepted as Medusa does (its translation feature is off): checked for duplicates, not kept */
  supported_locales?: { locale_code: string }[]
  /** none of these three is checked against its module, as in Medusa */
  default_sales_channel_id?: string | null
  default_region_id?: string | null
  default_location_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * update-stores: the store must exist (locked, so concurrent updates queue) · check the
 * currency list (unique codes, exactly one default) · update columns (metadata is replaced,
 * not merged, as Medusa's store module does) · replace the currencies when given, and their
 * `currency_code` price preferences (Medusa's update-stores) · emit `store.store.updated` (Medusa has no workflow
 * event for stores; this is its store module's own).
 */
export function updateStoreWorkflow(c: Container, id: string, input: UpdateStoreInput): Promise<Row> {
  const { supported_currencies, supported_locales, metadata, ...columns } = StoreService.normalize(input)
  return c.transaction(async (tx) => {
    if (!(await tx.modules.store.lockStore(id))) throw notFound(`Store with id "${id}" not found`)
    StoreService.validateSupportedCurrencies(supported_currencies, supported_locales)
    if (metadata !== undefined) await tx.modules.store.replaceMetadata(id, metadata)
    const store = await tx.modules.store.updateStores(id, columns)
    if (supported_currencies) {
      await tx.modules.store.replaceSupportedCurrencies(id, supported_currencies)
      // Medusa keeps tax inclusivity as the currencies' price preferences
      await upsertCurrencyPreferences(tx, supported_currencies)
    }
    tx.emit("store.store.updated", { id })
    return store
  })
}
