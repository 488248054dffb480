import { IdParams, pathParams } from "../../validation/params.js"
import type { IdFieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { writeRoute } from "../../helpers/write-route.js"
import { deleteChildRoute } from "../../helpers/delete-route.js"
import type { Container } from "../../../app/container.js"
import {
  batchInventoryLevelsWorkflow,
  type BatchLevelsInput,
} from "../../../workflows/inventory/batch-inventory-levels.js"
import { createInventoryItemsWorkflow } from "../../../workflows/inventory/create-inventory-items.js"
import { createInventoryLevelsWorkflow } from "../../../workflows/inventory/create-inventory-levels.js"
import { deleteInventoryItemsWorkflow } from "../../../workflows/inventory/delete-inventory-items.js"
import { deleteInventoryLevelWorkflow } from "../../../workflows/inventory/delete-inventory-levels.js"
import { updateInventoryItemWorkflow } from "../../../workflows/inventory/update-inventory-item.js"
import { updateInventoryLevelsWorkflow } from "../../../workflows/inventory/update-inventory-levels.js"
import { resolveFields, resolveOrder } from "../../helpers/fields.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { CREATED_LEVEL_FIELDS, DEFAULT_FIELDS, LEVEL_DEFAULT_FIELDS, UPDATED_LEVEL_FIELDS } from "./query-config.js"
import { reservationRoutes } from "./reservation-routes.js"
import {
  CreateLocationLevelBody,
  ItemLevelsBatchBody,
  LevelsBatchBody,
  ListLocationLevelsQuery,
  UpdateLocationLevelBody,
} from "./level-validators.js"
import {
  CreateInventoryItemBody,
  ListInventoryItemsQuery,
  RetrieveQuery,
  UpdateInventoryItemBody,
} from "./validators.js"

/** The route's fields that something can answer (Medusa leaves the others out). */
const answerable = (c: Container, entity: string, defaults: readonly string[], fields: string | undefined) =>
  supportedFields(c.core.schema, entity, resolveFields(defaults, fields))

const itemQuery = (c: Container, id: string, fields: string | undefined) => ({
  entity: "inventory_item",
  fields: answerable(c, "inventory_item", DEFAULT_FIELDS, fields),
  filters: { id },
})

/** The item of the route's `/:id`, re-read after a change of its levels. */
const itemEnvelope = ({ container, params: { id }, query }: IdFieldsRequest) =>
  oneEnvelope(
    container,
    "inventory_item",
    itemQuery(container, id, query.fields),
    `Inventory item with id: ${id} was not found`,
  )

/** The rows the batch routes answer with, re-read in one statement per kind. */
async function batchResponse(
  c: Container,
  result: { created: string[]; updated: string[] },
  deleted: string[] | undefined,
) {
  const rows = async (ids: string[], fields: string[]) =>
    ids.length
      ? (await c.query.graphJson({ entity: "inventory_level", fields, filters: { id: ids } }, { count: false })).json
      : "[]"
  const deletedPart = deleted === undefined ? "" : `,"deleted":${JSON.stringify(deleted)}`
  return `{"created":${await rows(result.created, CREATED_LEVEL_FIELDS)},"updated":${await rows(result.updated, UPDATED_LEVEL_FIELDS)}${deletedPart}}`
}

/** The items themselves: list (filters as given), create, retrieve, update, delete. */
const items = recordRoutes({
  path: "/inventory-items",
  entity: "inventory_item",
  key: "inventory_item",
  listKey: "inventory_items",
  defaults: DEFAULT_FIELDS,
  schemas: {
    list: ListInventoryItemsQuery,
    retrieve: RetrieveQuery,
    create: CreateInventoryItemBody,
    update: UpdateInventoryItemBody,
  },
  filtersAsGiven: true,
  create: forOne(createInventoryItemsWorkflow),
  update: updateInventoryItemWorkflow,
  delete: forOne(deleteInventoryItemsWorkflow),
  missing: (id) => `Inventory item with id: ${id} was not found`,
})

export async function inventoryItemRoutes(server: TypedServer) {
  await items(server)

  server.post(
    "/inventory-items/location-levels/batch",
    { schema: { body: LevelsBatchBody } },
    async ({ container, body }, reply) =>
      sendJson(reply, await batchResponse(container, await batchInventoryLevelsWorkflow(container, body), body.delete)),
  )

  server.get(
    "/inventory-items/:id/location-levels",
    { schema: { params: IdParams, querystring: ListLocationLevelsQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { fields, limit, offset, order, with_deleted: _, ...filters } = request.query
      const json = await listEnvelope(request.container, "inventory_levels", {
        entity: "inventory_level",
        fields: answerable(request.container, "inventory_level", LEVEL_DEFAULT_FIELDS, fields),
        filters: { ...filters, inventory_item_id: id },
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )

  writeRoute(server, {
    path: "/inventory-items/:id/location-levels",
    schema: { params: IdParams, body: CreateLocationLevelBody, querystring: RetrieveQuery },
    write: ({ container, params, body }) =>
      createInventoryLevelsWorkflow(container, [{ ...body, inventory_item_id: params.id }]),
    answer: itemEnvelope,
  })

  writeRoute(server, {
    path: "/inventory-items/:id/location-levels/batch",
    schema: { params: IdParams, body: ItemLevelsBatchBody, querystring: RetrieveQuery },
    write: ({ container, params: { id }, body }) => {
      const input: BatchLevelsInput = {
        create: body.create?.map((l) => ({ ...l, inventory_item_id: id })),
        update: body.update?.map(({ id: _, ...l }) => ({ ...l, inventory_item_id: id })),
        delete: body.delete ?? [],
        force: body.force ?? false,
      }
      return batchInventoryLevelsWorkflow(container, input)
    },
    answer: ({ container, body }, result) => batchResponse(container, result, body.delete ?? []),
  })

  writeRoute(server, {
    path: "/inventory-items/:id/location-levels/:location_id",
    schema: { params: pathParams("id", "location_id"), body: UpdateLocationLevelBody, querystring: RetrieveQuery },
    write: ({ container, params: { id, location_id }, body }) =>
      updateInventoryLevelsWorkflow(container, [{ ...body, inventory_item_id: id, location_id }]),
    answer: itemEnvelope,
  })

  deleteChildRoute(server, {
    path: "/inventory-items/:id/location-levels/:location_id",
    schema: { params: pathParams("id", "location_id"), querystring: RetrieveQuery },
    object: "inventory-level",
    remove: ({ container, params }) => deleteInventoryLevelWorkflow(container, params.id, params.location_id),
    id: (_, levelId) => levelId,
    parent: async ({ container, params, query }) =>
      (await oneJson(container, itemQuery(container, params.id, query.fields))) ?? "{}",
  })

  await reservationRoutes(server)
}
