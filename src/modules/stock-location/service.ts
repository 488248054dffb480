import { invalidData, missingRelation } from "../../framework/errors.js"
import { generateId } from "../../framework/ids.js"
import { moduleService, type CascadedIds, type ModelRow, type Row } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { StockLocationAddress, StockLocation } from "./models/stock-location.js"

export interface StockLocationAddressInput {
  address_1: string
  country_code: string
  address_2?: string | null
  company?: string | null
  city?: string | null
  phone?: string | null
  province?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

export interface CreateStockLocationInput {
  name: string
  /** a new address for the location (wins over address_id, as in Medusa) */
  address?: StockLocationAddressInput
  /** an existing address to use */
  address_id?: string | null
  metadata?: Record<string, unknown> | null
}

export interface UpdateStockLocationInput {
  name?: string
  /** updates the location's address (fields given), or gives it one */
  address?: StockLocationAddressInput
  metadata?: Record<string, unknown> | null
}

const asArray = (ids: string | string[]) => (Array.isArray(ids) ? ids : [ids])

export class StockLocationService extends moduleService({ StockLocationAddress, StockLocation }) {
  /**
   * Checks that existing addresses may be given to new locations: each must exist (soft-deleted
   * rows count, as the foreign key does) and belong to no live location. The address rows are
   * locked first, so two requests cannot take the same address.
   */
  async assertAddressesFree(addressIds: string[]): Promise<void> {
    const unique = [...new Set(addressIds)].sort()
    if (unique.length === 0) return
    const found = await this.db.query<{ id: string }>(
      sql`SELECT id FROM stock_location_address WHERE id = ANY(${unique}::text[]) ORDER BY id FOR UPDATE`,
    )
    const missing = unique.find((id) => !found.some((r) => r.id === id))
    if (missing) throw missingRelation("address_id", missing)
    const used = await this.db.query<{ address_id: string }>(
      sql`SELECT address_id FROM stock_location WHERE address_id = ANY(${unique}::text[]) AND deleted_at IS NULL ORDER BY address_id LIMIT 1`,
    )
    if (used.length) throw invalidData(`Stock location with address_id: ${used[0].address_id}, already exists.`)
    const twice = addressIds.find((id, i) => addressIds.indexOf(id) !== i)
    if (twice) throw invalidData(`Stock location with address_id: ${twice}, already exists.`)
  }

  /** Creates locations, each with its new address (or an existing one by `address_id`). */
  async createStockLocationsWithAddresses(
    inputs: CreateStockLocationInput[],
  ): Promise<ModelRow<typeof StockLocation>[]> {
    await this.assertAddressesFree(inputs.filter((i) => !i.address && i.address_id).map((i) => i.address_id!))
    const prepared = inputs.map(({ address, address_id, ...location }) => ({
      location,
      address: address && { ...address, id: generateId(StockLocationAddress.idPrefix) },
      address_id,
    }))
    await this.createStockLocationAddresses(prepared.flatMap((p) => (p.address ? [p.address] : [])))
    return this.createStockLocations(
      prepared.map((p) => ({ ...p.location, address_id: p.address?.id ?? p.address_id ?? null })),
    )
  }

  /**
   * Updates a location and its address; a location without a live address gets a new one.
   * Undefined when the location does not exist.
   */
  async updateStockLocationWithAddress(
    id: string,
    input: UpdateStockLocationInput,
  ): Promise<{ location: Row; addressCreated?: Row } | undefined> {
    const [current] = await this.db.query<{ id: string; address_id: string | null; live_address: boolean }>(
      sql`SELECT l.id, l.address_id, (a.id IS NOT NULL) AS live_address FROM stock_location l
          LEFT JOIN stock_location_address a ON a.id = l.address_id AND a.deleted_at IS NULL
          WHERE l.id = ${id}::text AND l.deleted_at IS NULL FOR UPDATE OF l`,
    )
    if (!current) return undefined
    const { address, ...data } = input
    let addressCreated: Row | undefined
    if (address && current.live_address) {
      await this.updateStockLocationAddresses(current.address_id!, address)
    } else if (address) {
      addressCreated = await this.createStockLocationAddresses(address)
    }
    const update = addressCreated ? { ...data, address_id: addressCreated.id } : data
    const [location] = await this.updateStockLocations({ selector: { id }, data: update })
    return { location, addressCreated }
  }

  /** Soft-deletes locations and, with them, their addresses (the address belongs to its location). */
  async softDeleteStockLocationsWithAddresses(ids: string | string[]): Promise<CascadedIds> {
    return this.setDeletedWithAddresses(asArray(ids), true)
  }

  async restoreStockLocationsWithAddresses(ids: string | string[]): Promise<CascadedIds> {
    return this.setDeletedWithAddresses(asArray(ids), false)
  }

  private async setDeletedWithAddresses(ids: string[], deleted: boolean): Promise<CascadedIds> {
    const changed = await this.repository(StockLocation).setDeleted(ids, deleted)
    const locationIds = changed.stock_location_id ?? []
    if (locationIds.length === 0) return changed
    const rows = await this.db.query<{ address_id: string }>(
      sql`SELECT address_id FROM stock_location WHERE id = ANY(${locationIds}::text[]) AND address_id IS NOT NULL`,
    )
    return this.repository(StockLocationAddress).setDeleted(
      rows.map((r) => r.address_id),
      deleted,
      changed,
    )
  }
}
