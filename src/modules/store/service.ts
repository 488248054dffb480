import { invalidData } from "../../framework/errors.js"
import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { Currency } from "./models/currency.js"
import { Store, StoreCurrency } from "./models/store.js"

export interface SupportedCurrencyInput {
  currency_code: string
  is_default?: boolean
  is_tax_inclusive?: boolean
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const v of values) (seen.has(v) ? repeated : seen).add(v)
  return [...repeated]
}

export class StoreService extends moduleService({ Store, StoreCurrency, Currency }) {
  /** Medusa normalises what it stores: the name trimmed, currency codes lower-cased. */
  static normalize<T extends { name?: string; supported_currencies?: SupportedCurrencyInput[] }>(input: T): T {
    const out = { ...input }
    if (typeof out.name === "string") out.name = out.name.trim()
    if (out.supported_currencies) {
      out.supported_currencies = out.supported_currencies.map((c) => ({
        ...c,
        currency_code: c.currency_code.toLowerCase(),
      }))
    }
    return out
  }

  /** Medusa's rules for a non-empty currency list: unique codes, exactly one default. */
  static validateSupportedCurrencies(
    currencies: SupportedCurrencyInput[] | undefined,
    locales?: { locale_code: string }[],
  ) {
    if (currencies?.length) {
      const repeated = duplicates(currencies.map((c) => c.currency_code))
      if (repeated.length) throw invalidData(`Duplicate currency codes: ${repeated.join(", ")}`)
      const defaults = currencies.filter((c) => c.is_default).length
      if (defaults > 1) throw invalidData("Only one default currency is allowed")
      if (defaults === 0) throw invalidData("There should be a default currency set for the store")
    }
    if (locales?.length) {
      const repeated = duplicates(locales.map((l) => l.locale_code))
      if (repeated.length) throw invalidData(`Duplicate locale codes: ${repeated.join(", ")}`)
    }
  }

  /** Locks the live store for the rest of the transaction (concurrent updates queue); false when there is none. */
  async lockStore(id: string): Promise<boolean> {
    const rows = await this.db.query(sql`SELECT id FROM store WHERE id = ${id}::text AND deleted_at IS NULL FOR UPDATE`)
    return rows.length > 0
  }

  /** Replaces the store's currency rows with new ones, in the given order (Medusa's upsert-with-replace). */
  async replaceSupportedCurrencies(storeId: string, currencies: SupportedCurrencyInput[]): Promise<void> {
    const current = await this.listStoreCurrencies({ store_id: storeId }, { select: ["id"] })
    await this.deleteStoreCurrencies(current.map((c) => c.id))
    if (currencies.length === 0) return
    await this.createStoreCurrencies(
      currencies.map((c) => ({
        store_id: storeId,
        currency_code: c.currency_code,
        is_default: c.is_default ?? false,
        is_tax_inclusive: c.is_tax_inclusive ?? false,
      })),
    )
  }

  /**
   * Sets the store's metadata as given: Medusa's store module upserts with replace, so unlike
   * other records its metadata does not merge (and `""` values are kept).
   */
  async replaceMetadata(id: string, metadata: Record<string, unknown> | null): Promise<void> {
    const json = metadata === null ? null : JSON.stringify(metadata)
    await this.db.query(
      sql`UPDATE store SET metadata = ${json}::jsonb, updated_at = now() WHERE id = ${id}::text AND deleted_at IS NULL`,
    )
  }
}
