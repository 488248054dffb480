import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"

/**
 * The server a route plugin receives: `request.body`, `.query` and `.params` are typed from the
 * route's zod schemas (`schema: { params, querystring, body }`), which `zodValidatorCompiler`
 * checks at run time. A plugin declares `(server: TypedServer)`; `server.register` accepts it.
 */
export type TypedServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>

/** A request handed to a helper that reads its `fields` query parameter (a re-read after a write). */
export type FieldsRequest = Pick<FastifyRequest, "container" | "auth" | "publishableKey" | "log"> & {
  query: { fields?: string }
}

/** A request of a route below `/:id` that reads its `fields` (a re-read of the record `id` names). */
export type IdFieldsRequest = FieldsRequest & { params: { id: string } }

/** The same server, typed: for a helper handed a plain `FastifyInstance`. */
export const typed = (server: FastifyInstance): TypedServer => server.withTypeProvider<ZodTypeProvider>()

/**
 * The type Fastify gives validated data inside a generic helper (`T` for an object schema's
 * output): a generic route helper declares its callbacks' input with it (see record-routes.ts).
 */
export type Validated<T> = [T] extends [undefined] ? unknown : T
