import { IdParams, pathParams } from "../../validation/params.js"
import type { IdFieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { writeRoute } from "../../helpers/write-route.js"
import { deleteFulfillmentSetsWorkflow } from "../../../workflows/fulfillment/fulfillment-sets.js"
import {
  createServiceZonesWorkflow,
  deleteServiceZoneWorkflow,
  updateServiceZoneWorkflow,
} from "../../../workflows/fulfillment/service-zones.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { deleteEnvelopeWithParent, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { DEFAULT_FIELDS, SERVICE_ZONE_FIELDS } from "./query-config.js"
import { CreateServiceZoneBody, RetrieveQuery, UpdateServiceZoneBody } from "./validators.js"
import { deleteRoute } from "../../helpers/delete-route.js"

/**
 * /admin/fulfillment-sets (Medusa has no list or retrieve of sets: they are read through
 * stock locations, `fields=*fulfillment_sets`). The service zone routes re-read the set.
 */
export async function fulfillmentSetRoutes(server: TypedServer) {
  const set = (id: string, fields: string | undefined) => ({
    entity: "fulfillment_set",
    fields: knownFields("fulfillment_set", DEFAULT_FIELDS, fields),
    filters: { id },
  })
  /** Medusa's re-read without a not-found check: `{}` when the set is gone */
  const setEnvelope = async ({ container, params, query }: IdFieldsRequest) => {
    const json = await oneJson(container, set(params.id, query.fields))
    return json === undefined ? "{}" : `{"fulfillment_set":${json}}`
  }

  // an unknown id deletes nothing and answers deleted: true, as in Medusa
  deleteRoute(server, "/fulfillment-sets", "fulfillment_set", (c, id) => deleteFulfillmentSetsWorkflow(c, [id]))

  writeRoute(server, {
    path: "/fulfillment-sets/:id/service-zones",
    schema: { params: IdParams, body: CreateServiceZoneBody, querystring: RetrieveQuery },
    write: ({ container, params, body: { name, geo_zones } }) =>
      createServiceZonesWorkflow(container, { fulfillment_set_id: params.id, name, geo_zones }),
    answer: setEnvelope,
  })

  // Medusa finds the zone by its id alone (the set in the path is not checked)
  server.get(
    "/fulfillment-sets/:id/service-zones/:zone_id",
    { schema: { params: pathParams("id", "zone_id"), querystring: RetrieveQuery } },
    async (request, reply) => {
      const { zone_id } = request.params
      const read = {
        entity: "service_zone",
        fields: knownFields("service_zone", SERVICE_ZONE_FIELDS, request.query.fields),
        filters: { id: zone_id },
      }
      return sendJson(
        reply,
        await oneEnvelope(request.container, "service_zone", read, `Service zone with id: ${zone_id} not found`),
      )
    },
  )

  writeRoute(server, {
    path: "/fulfillment-sets/:id/service-zones/:zone_id",
    schema: { params: pathParams("id", "zone_id"), body: UpdateServiceZoneBody, querystring: RetrieveQuery },
    write: ({ container, params, body: { name, geo_zones } }) =>
      updateServiceZoneWorkflow(container, { fulfillment_set_id: params.id, id: params.zone_id, name, geo_zones }),
    answer: setEnvelope,
  })

  // `parent`: the set as it was before the delete, with its zones (Medusa's retrieve)
  server.delete(
    "/fulfillment-sets/:id/service-zones/:zone_id",
    { schema: { params: pathParams("id", "zone_id") } },
    async (request, reply) => {
      const { id, zone_id } = request.params
      const parent = await oneJson(request.container, {
        entity: "fulfillment_set",
        fields: ["*", "service_zones.*"],
        filters: { id },
      })
      await deleteServiceZoneWorkflow(request.container, id, zone_id)
      return sendJson(reply, deleteEnvelopeWithParent(zone_id, "service_zone", parent ?? "null"))
    },
  )
}
