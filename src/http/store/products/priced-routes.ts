import type { z } from "zod"
import type { Container } from "../../../app/container.js"
import type { TypedServer, Validated } from "../../helpers/typed-server.js"
import { IdParams } from "../../validation/params.js"

type Channels = readonly string[]
type Groups = readonly string[] | undefined

/**
 * A store catalogue resource whose answers carry prices (products, variants): list and retrieve,
 * read in the publishable key's channels and served through the price cache, keyed by the
 * customer's groups (docs/pricing.md). Each read returns the response text.
 */
export interface PricedRoutes<L extends object, R extends object> {
  /** `/products` */
  path: string
  listQuery: z.ZodType<L>
  retrieveQuery: z.ZodType<R>
  list(c: Container, channels: Channels, q: Validated<L>, groups?: Groups): Promise<string>
  retrieve(c: Container, channels: Channels, id: string, q: Validated<R>, groups?: Groups): Promise<string>
}

export function storePricedRoutes<L extends object, R extends object>(server: TypedServer, spec: PricedRoutes<L, R>) {
  const cache = server.storeCache.prices
  server.get(
    spec.path,
    { schema: { querystring: spec.listQuery }, preValidation: cache.answerFromCache },
    async (request, reply) => {
      const channels = request.publishableKey!.sales_channel_ids
      return cache.serve(request, reply, (groups) => spec.list(request.container, channels, request.query, groups))
    },
  )

  server.get(
    `${spec.path}/:id`,
    { schema: { params: IdParams, querystring: spec.retrieveQuery }, preValidation: cache.answerFromCache },
    async (request, reply) => {
      const { id } = request.params
      const channels = request.publishableKey!.sales_channel_ids
      return cache.serve(request, reply, (groups) =>
        spec.retrieve(request.container, channels, id, request.query, groups),
      )
    },
  )
}
