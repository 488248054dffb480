import { invalidData } from "../../framework/errors.js"
import { moduleService } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { COUNTRIES } from "./data/countries.js"
import { Region, RegionCountry } from "./models/region.js"

/** Values repeated in a list, in the order they first repeat. */
function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const v of values) (seen.has(v) ? repeated : seen).add(v)
  return [...repeated]
}

export class RegionService extends moduleService({ Region, RegionCountry }) {
  /** Medusa normalises what it stores: the name trimmed, codes lower-cased. */
  static normalize<T extends { name?: string; currency_code?: string; countries?: string[] }>(input: T): T {
    const out = { ...input }
    if (typeof out.name === "string") out.name = out.name.trim()
    if (typeof out.currency_code === "string") out.currency_code = out.currency_code.toLowerCase()
    if (out.countries) out.countries = out.countries.map((c) => c.toLowerCase())
    return out
  }

  /**
   * Medusa's country rules for regions being written, with its messages: a code listed twice,
   * a code that is no ISO 3166 country, a country held by a region other than `except`.
   */
  async validateCountries(codes: string[], except: string[] = []): Promise<void> {
    if (codes.length === 0) return
    const repeated = duplicates(codes)
    if (repeated.length)
      throw invalidData(`Countries with codes: "${repeated.join(", ")}" are already assigned to a region`)
    const unknown = codes.filter((c) => !COUNTRIES.has(c))
    if (unknown.length) throw invalidData(`Countries with codes: "${unknown.join(", ")}" do not exist`)
    const taken = await this.listRegionCountries(
      except.length ? { iso_2: codes, region_id: { $nin: except } } : { iso_2: codes },
      { select: ["iso_2"], order: { iso_2: "ASC" } },
    )
    if (taken.length) {
      throw invalidData(
        `Countries with codes: "${taken.map((c) => c.iso_2).join(", ")}" are already assigned to a region`,
      )
    }
  }

  /** Locks the live region for the rest of the transaction (concurrent updates queue); false when there is none. */
  async lockRegion(id: string): Promise<boolean> {
    const rows = await this.db.query(
      sql`SELECT id FROM region WHERE id = ${id}::text AND deleted_at IS NULL FOR UPDATE`,
    )
    return rows.length > 0
  }

  /** Makes `codes` (validated) the countries of the region, in that order. */
  async setCountries(regionId: string, codes: string[]): Promise<void> {
    // the rows are assignments, not records of their own: replaced outright
    await this.db.query(sql`DELETE FROM region_country WHERE region_id = ${regionId}::text`)
    if (codes.length === 0) return
    try {
      await this.createRegionCountries(codes.map((code) => ({ ...COUNTRIES.get(code)!, region_id: regionId })))
    } catch (error) {
      // a concurrent request took one of them since validateCountries looked
      if ((error as { code?: string }).code === "23505") {
        throw invalidData(`Countries with codes: "${codes.join(", ")}" are already assigned to a region`)
      }
      throw error
    }
  }
}
