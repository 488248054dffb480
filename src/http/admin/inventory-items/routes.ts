import type { FastifyInstance } from "fastify"
import type { z } from "zod"
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
import { deleteEnvelope, listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { CREATED_LEVEL_FIELDS, DEFAULT_FIELDS, LEVEL_DEFAULT_FIELDS, UPDATED_LEVEL_FIELDS } from "./query-config.js"
import { reservationRoutes } from "./reservation-routes.js"
import {
  CreateInventoryItemBody,
  CreateLocationLevelBody,
  ItemLevelsBatchBody,
  LevelsBatchBody,
  ListInventoryItemsQuery,
  ListLocationLevelsQuery,
  RetrieveQuery,
  UpdateInventoryItemBody,
  UpdateLocationLevelBody,
} from "./validators.js"

type Fields = { fields?: string }
type LevelParams = { id: string; location_id: string }

/** The route's fields that something can answer (Medusa leaves the others out). */
const answerable = (c: Container, entity: string, defaults: readonly string[], fields: string | undefined) =>
  supportedFields(c.core.schema, entity, resolveFields(defaults, fields))

const itemQuery = (c: Container, id: string, fields: string | undefined) => ({
  entity: "inventory_item",
  fields: answerable(c, "inventory_item", DEFAULT_FIELDS, fields),
  filters: { id },
})

const itemEnvelope = (c: Container, id: string, fields: string | undefined) =>
  oneEnvelope(c, "inventory_item", itemQuery(c, id, fields), `Inventory item with id: ${id} was not found`)

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

export async function inventoryItemRoutes(server: FastifyInstance) {
  server.get("/inventory-items", { schema: { querystring: ListInventoryItemsQuery } }, async (request, reply) => {
    const {
      fields,
      limit,
      offset,
      order,
      with_deleted: _,
      ...filters
    } = request.query as z.infer<typeof ListInventoryItemsQuery>
    const json = await listEnvelope(request.container, "inventory_items", {
      entity: "inventory_item",
      fields: answerable(request.container, "inventory_item", DEFAULT_FIELDS, fields),
      filters,
      pagination: { skip: offset, take: limit, order: resolveOrder(order) },
    })
    return sendJson(reply, json)
  })

  server.post(
    "/inventory-items",
    { schema: { body: CreateInventoryItemBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const [item] = await createInventoryItemsWorkflow(request.container, [
        request.body as z.infer<typeof CreateInventoryItemBody>,
      ])
      return sendJson(reply, await itemEnvelope(request.container, item.id, (request.query as Fields).fields))
    },
  )

  server.post(
    "/inventory-items/location-levels/batch",
    { schema: { body: LevelsBatchBody } },
    async (request, reply) => {
      const body = request.body as z.infer<typeof LevelsBatchBody>
      const result = await batchInventoryLevelsWorkflow(request.container, body)
      return sendJson(reply, await batchResponse(request.container, result, body.delete))
    },
  )

  server.get("/inventory-items/:id", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params as { id: string }
    return sendJson(reply, await itemEnvelope(request.container, id, (request.query as Fields).fields))
  })

  server.post(
    "/inventory-items/:id",
    { schema: { body: UpdateInventoryItemBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      await updateInventoryItemWorkflow(request.container, id, request.body as z.infer<typeof UpdateInventoryItemBody>)
      return sendJson(reply, await itemEnvelope(request.container, id, (request.query as Fields).fields))
    },
  )

  server.delete("/inventory-items/:id", async (request) => {
    const { id } = request.params as { id: string }
    await deleteInventoryItemsWorkflow(request.container, [id])
    return deleteEnvelope(id, "inventory_item")
  })

  server.get(
    "/inventory-items/:id/location-levels",
    { schema: { querystring: ListLocationLevelsQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const {
        fields,
        limit,
        offset,
        order,
        with_deleted: _,
        ...filters
      } = request.query as z.infer<typeof ListLocationLevelsQuery>
      const json = await listEnvelope(request.container, "inventory_levels", {
        entity: "inventory_level",
        fields: answerable(request.container, "inventory_level", LEVEL_DEFAULT_FIELDS, fields),
        filters: { ...filters, inventory_item_id: id },
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )

  server.post(
    "/inventory-items/:id/location-levels",
    { schema: { body: CreateLocationLevelBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const body = request.body as z.infer<typeof CreateLocationLevelBody>
      await createInventoryLevelsWorkflow(request.container, [{ ...body, inventory_item_id: id }])
      return sendJson(reply, await itemEnvelope(request.container, id, (request.query as Fields).fields))
    },
  )

  server.post(
    "/inventory-items/:id/location-levels/batch",
    { schema: { body: ItemLevelsBatchBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const body = request.body as z.infer<typeof ItemLevelsBatchBody>
      const input: BatchLevelsInput = {
        create: body.create?.map((l) => ({ ...l, inventory_item_id: id })),
        update: body.update?.map(({ id: _, ...l }) => ({ ...l, inventory_item_id: id })),
        delete: body.delete ?? [],
        force: body.force ?? false,
      }
      const result = await batchInventoryLevelsWorkflow(request.container, input)
      return sendJson(reply, await batchResponse(request.container, result, input.delete))
    },
  )

  server.post(
    "/inventory-items/:id/location-levels/:location_id",
    { schema: { body: UpdateLocationLevelBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id, location_id } = request.params as LevelParams
      const body = request.body as z.infer<typeof UpdateLocationLevelBody>
      await updateInventoryLevelsWorkflow(request.container, [{ ...body, inventory_item_id: id, location_id }])
      return sendJson(reply, await itemEnvelope(request.container, id, (request.query as Fields).fields))
    },
  )

  server.delete(
    "/inventory-items/:id/location-levels/:location_id",
    { schema: { querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id, location_id } = request.params as LevelParams
      const levelId = await deleteInventoryLevelWorkflow(request.container, id, location_id)
      const parent =
        (await oneJson(request.container, itemQuery(request.container, id, (request.query as Fields).fields))) ?? "{}"
      return sendJson(
        reply,
        `{"id":${JSON.stringify(levelId)},"object":"inventory-level","deleted":true,"parent":${parent}}`,
      )
    },
  )

  await reservationRoutes(server)
}
