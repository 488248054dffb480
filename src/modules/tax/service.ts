import { invalidData } from "../../framework/errors.js"
import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { TaxProvider } from "./models/tax-provider.js"
import { TaxRate, TaxRateRule } from "./models/tax-rate.js"
import { TaxRegion } from "./models/tax-region.js"
import { systemTaxLines, type CandidateRate, type ProviderTaxLine, type TaxableItem } from "./tax-lines.js"

export interface TaxAddress {
  country_code: string
  province_code: string | null
}

export class TaxService extends moduleService({ TaxProvider, TaxRegion, TaxRate, TaxRateRule }) {
  /** Medusa's checks of a region being created: one per country/province; a province under its country. */
  async validateNewRegion(input: { country_code: string; province_code: string | null; parent_id: string | null }) {
    const { country_code, province_code, parent_id } = input
    const [taken] = await this.db.query(
      sql`SELECT id FROM tax_region WHERE country_code = ${country_code}::text
          AND province_code IS NOT DISTINCT FROM ${province_code}::text AND deleted_at IS NULL`,
    )
    if (taken) {
      const province = province_code ? `, province_code: ${province_code}` : ""
      throw invalidData(`Tax region with country_code: ${country_code}${province}, already exists.`)
    }
    if (!parent_id) return
    const [parent] = await this.listTaxRegions({ id: parent_id }, { select: ["id", "country_code"] })
    const what = `You are trying to create a province region with (country: ${country_code}, province: ${province_code})`
    if (!parent) throw invalidData(`Province region must belong to a parent region. ${what} but parent does not exist`)
    if (parent.country_code !== country_code) {
      throw invalidData(
        `Province region must belong to a parent region with the same country code. ${what} but parent expects (country: ${parent.country_code})`,
      )
    }
  }

  /** Replaces the live rules of a rate (Medusa soft-deletes the old ones). */
  async setRateRules(rateId: string, rules: { reference: string; reference_id: string }[], createdBy: string | null) {
    await this.db.query(
      sql`UPDATE tax_rate_rule SET deleted_at = now() WHERE tax_rate_id = ${rateId}::text AND deleted_at IS NULL`,
    )
    if (rules.length) {
      await this.createTaxRateRules(rules.map((r) => ({ ...r, tax_rate_id: rateId, created_by: createdBy })))
    }
  }

  /**
   * The tax lines of items shipped to `address` (Medusa's getTaxLines with the system provider):
   * none unless the address's country has a tax region.
   */
  async getTaxLines(items: TaxableItem[], address: TaxAddress): Promise<ProviderTaxLine[]> {
    if (!items.length) return []
    const country = address.country_code.toLowerCase()
    const province = address.province_code ? address.province_code.toLowerCase() : null
    const rates = (await this.db.query(
      sql`SELECT r.id, r.rate, r.code, r.name, r.is_default, r.is_combinable, r.tax_region_id,
            g.parent_id AS region_parent_id, g.province_code IS NOT NULL AS is_province,
            coalesce((SELECT json_agg(json_build_object('reference', u.reference, 'reference_id', u.reference_id))
              FROM tax_rate_rule u WHERE u.tax_rate_id = r.id AND u.deleted_at IS NULL), '[]'::json) AS rules
          FROM tax_rate r JOIN tax_region g ON g.id = r.tax_region_id AND g.deleted_at IS NULL
          WHERE r.deleted_at IS NULL AND g.country_code = ${country}::text
            AND (g.province_code IS NULL OR g.province_code = ${province}::text)
            AND EXISTS (SELECT 1 FROM tax_region p WHERE p.country_code = ${country}::text
              AND p.province_code IS NULL AND p.deleted_at IS NULL)
          ORDER BY r.created_at, r.id`,
    )) as CandidateRate[]
    return systemTaxLines(items, rates)
  }
}
