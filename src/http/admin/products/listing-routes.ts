import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import { z } from "zod"
import { setChannelListingsWorkflow } from "../../../workflows/listing/set-channel-listings.js"
import { visibilityReport } from "../../../workflows/listing/visibility-report.js"
import { listEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { ListingState, ListingsBulkBody, VisibilityQuery } from "./listing-validators.js"

/** What a listing shows: the link row (docs/channel-listings.md). */
export const LISTING_FIELDS = [
  "id",
  "product_id",
  "sales_channel_id",
  "visible",
  "purchasable",
  "available_from",
  "available_until",
  "created_at",
  "updated_at",
]

const ListingParams = z.object({ id: z.string(), channel_id: z.string() })

/**
 * Channel listings (beyond Medusa): a product's state in one channel, and many at once. Both
 * link the pair when it is not linked yet; absent fields keep their value.
 */
export async function productListingRoutes(plain: FastifyInstance) {
  const server = plain.withTypeProvider<ZodTypeProvider>()

  server.post(
    "/products/:id/sales-channels/:channel_id",
    { schema: { params: ListingParams, body: ListingState } },
    async (request, reply) => {
      const { id, channel_id } = request.params
      await setChannelListingsWorkflow(request.container, [
        { ...request.body, product_id: id, sales_channel_id: channel_id },
      ])
      const json = await oneEnvelope(
        request.container,
        "product_sales_channel",
        {
          entity: "product_sales_channel",
          fields: LISTING_FIELDS,
          filters: { product_id: id, sales_channel_id: channel_id },
        },
        `Product with id: ${id} is not linked to sales channel ${channel_id}`,
      )
      return sendJson(reply, json)
    },
  )

  server.post("/products/channel-listings", { schema: { body: ListingsBulkBody } }, async (request, reply) => {
    const { listings } = request.body
    await setChannelListingsWorkflow(request.container, listings)
    const json = await listEnvelope(request.container, "product_sales_channels", {
      entity: "product_sales_channel",
      fields: LISTING_FIELDS,
      filters: {
        $or: listings.map((l) => ({ product_id: l.product_id, sales_channel_id: l.sales_channel_id })),
      },
      pagination: { skip: 0, take: listings.length, order: { product_id: "ASC", sales_channel_id: "ASC" } },
    })
    return sendJson(reply, json)
  })

  /** "Why can't this key see this product?" (docs/channel-listings.md): `:id` is an id or a handle. */
  server.get(
    "/products/:id/visibility",
    { schema: { params: z.object({ id: z.string() }), querystring: VisibilityQuery } },
    async (request) => ({
      visibility: await visibilityReport(request.container, { ...request.query, product: request.params.id }),
    }),
  )
}
