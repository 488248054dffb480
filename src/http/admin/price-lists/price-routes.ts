import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import { z } from "zod"
import type { Container } from "../../../app/container.js"
import {
  batchPriceListPricesWorkflow,
  removeProductsFromPriceList,
} from "../../../workflows/pricing/batch-price-list-prices.js"
import { listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { requestFields } from "../../helpers/supported-fields.js"
import { notFound } from "../../../framework/errors.js"
import { retrieveParams } from "../../validation/common.js"
import { DEFAULT_FIELDS, PRICE_FIELDS } from "./query-config.js"
import { BatchPricesBody, ListPricesQuery, RemoveProductsBody } from "./price-validators.js"

const params = z.object({ id: z.string() })
const retrieveQuery = z.object(retrieveParams()).strict()

/** Prices in Medusa's batch shape (`price_set.variant.id`, `price_rules`), as a JSON array. */
async function pricesJson(c: Container, ids: string[]): Promise<string> {
  if (ids.length === 0) return "[]"
  const { json } = await c.query.graphJson(
    {
      entity: "price_list_price",
      fields: PRICE_FIELDS,
      filters: { id: ids },
      pagination: { order: { created_at: "ASC" } },
    },
    { count: false },
  )
  return json
}

/** The price list routes beyond the record's own: its prices' batch, products' removal and prices' list. */
export function priceRoutes(plain: FastifyInstance, missing: (id: string) => string) {
  const server = plain.withTypeProvider<ZodTypeProvider>()

  server.post(
    "/price-lists/:id/prices/batch",
    { schema: { params, body: BatchPricesBody } },
    async (request, reply) => {
      const { id } = request.params
      const result = await batchPriceListPricesWorkflow(request.container, { id, ...request.body })
      const [created, updated] = [
        await pricesJson(request.container, result.created),
        await pricesJson(request.container, result.updated),
      ]
      const deleted = JSON.stringify({ ids: request.body.delete ?? [], object: "price", deleted: true })
      return sendJson(reply, `{"created":${created},"updated":${updated},"deleted":${deleted}}`)
    },
  )

  server.post(
    "/price-lists/:id/products",
    { schema: { params, body: RemoveProductsBody, querystring: retrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      await removeProductsFromPriceList(request.container, id, request.body.remove ?? [])
      const fields = requestFields(request, "price_list", DEFAULT_FIELDS)
      const json = await oneEnvelope(
        request.container,
        "price_list",
        {
          entity: "price_list",
          fields,
          filters: { id },
        },
        missing(id),
      )
      return sendJson(reply, json)
    },
  )

  server.get(
    "/price-lists/:id/prices",
    { schema: { params, querystring: ListPricesQuery } },
    async (request, reply) => {
      const { id } = request.params
      if (!(await oneJson(request.container, { entity: "price_list", fields: ["id"], filters: { id } })))
        throw notFound(missing(id))
      const { limit, offset } = request.query
      const json = await listEnvelope(request.container, "prices", {
        entity: "price_list_price",
        fields: PRICE_FIELDS,
        filters: { price_list_id: id },
        pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
      })
      return sendJson(reply, json)
    },
  )
}
