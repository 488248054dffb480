import type { Container } from "../../app/container.js"
import { missingRelation, notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { missingIds } from "../common/missing-ids.js"

export interface GeoZoneInput {
  id?: string
  type: "country" | "province" | "city" | "zip"
  country_code: string
  province_code?: string
  city?: string
  postal_expression?: Record<string, unknown>
  metadata?: Record<string, unknown> | null
}

export interface CreateServiceZoneInput {
  fulfillment_set_id: string
  name: string
  geo_zones?: GeoZoneInput[]
}

const geoZoneRow = (serviceZoneId: string, { id: _, ...zone }: GeoZoneInput) => ({
  ...zone,
  service_zone_id: serviceZoneId,
})

/** The fulfillment set must be live: Medusa's words for a set it cannot find (its foreign key error). */
async function assertFulfillmentSet(tx: Container, id: string, message: string) {
  if ((await missingIds(tx, "fulfillment_set", [id])).length) throw notFound(message)
}

/**
 * create-service-zones: the set must exist · create the zone (a taken name is refused by the
 * unique index) · create its geo zones · emit `fulfillment.service-zone.created` and
 * `fulfillment.geo-zone.created`.
 */
export function createServiceZonesWorkflow(c: Container, input: CreateServiceZoneInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const setId = input.fulfillment_set_id
    await assertFulfillmentSet(tx, setId, missingRelation("fulfillment_set_id", setId).message)
    const zone = await tx.modules.fulfillment.createServiceZones({ name: input.name, fulfillment_set_id: setId })
    tx.emit("fulfillment.service-zone.created", { id: zone.id })
    await createGeoZones(tx, zone.id, input.geo_zones ?? [])
    return zone
  })
}

async function createGeoZones(tx: Container, serviceZoneId: string, zones: GeoZoneInput[]) {
  if (!zones.length) return
  const created = await tx.modules.fulfillment.createGeoZones(zones.map((z) => geoZoneRow(serviceZoneId, z)))
  for (const geo of created) tx.emit("fulfillment.geo-zone.created", { id: geo.id })
}

/** The set must exist (Medusa's retrieve) and hold the zone. */
async function assertZoneOfSet(tx: Container, setId: string, zoneId: string) {
  await assertFulfillmentSet(tx, setId, `FulfillmentSet with id: ${setId} was not found`)
  const [zone] = await tx.modules.fulfillment.listServiceZones({ id: zoneId, fulfillment_set_id: setId }, { take: 1 })
  if (!zone) throw notFound(`Service zone with id: ${zoneId} not found on fulfillment set`)
}

export interface UpdateServiceZoneInput {
  fulfillment_set_id: string
  id: string
  name?: string | null
  geo_zones?: GeoZoneInput[]
}

/**
 * update-service-zones for one zone of a set: the zone must be the set's · rename it · when
 * `geo_zones` is given, it is the zone's new list as in Medusa: entries with an id are updated,
 * the others created, the zone's other geo zones deleted · emit the matching events.
 */
export function updateServiceZoneWorkflow(c: Container, input: UpdateServiceZoneInput): Promise<void> {
  return c.transaction(async (tx) => {
    await assertZoneOfSet(tx, input.fulfillment_set_id, input.id)
    const fulfillment = tx.modules.fulfillment
    if (input.name != null) await fulfillment.updateServiceZones(input.id, { name: input.name })
    if (input.geo_zones) {
      const kept = input.geo_zones.filter((z) => z.id)
      const existing = await fulfillment.listGeoZones({ service_zone_id: input.id })
      const keptIds = new Set(kept.map((z) => z.id))
      const dropped = existing.map((z) => String(z.id)).filter((id) => !keptIds.has(id))
      const unknown = kept.find((z) => !existing.some((e) => e.id === z.id))
      if (unknown) throw notFound(`GeoZone with id: ${unknown.id} was not found`)
      if (dropped.length) await fulfillment.softDeleteGeoZones(dropped)
      for (const id of dropped) tx.emit("fulfillment.geo-zone.deleted", { id })
      for (const zone of kept) {
        await fulfillment.updateGeoZones(zone.id!, geoZoneRow(input.id, zone))
        tx.emit("fulfillment.geo-zone.updated", { id: zone.id })
      }
      await createGeoZones(
        tx,
        input.id,
        input.geo_zones.filter((z) => !z.id),
      )
    }
    tx.emit("fulfillment.service-zone.updated", { id: input.id })
  })
}

/**
 * delete-service-zones for one zone of a set: the zone must be the set's · soft-delete it with
 * its geo zones and shipping options · emit `fulfillment.service-zone.deleted`.
 */
export function deleteServiceZoneWorkflow(c: Container, setId: string, zoneId: string): Promise<void> {
  return c.transaction(async (tx) => {
    await assertZoneOfSet(tx, setId, zoneId)
    await tx.modules.fulfillment.softDeleteServiceZones([zoneId])
    tx.emit("fulfillment.service-zone.deleted", { id: zoneId })
  })
}
