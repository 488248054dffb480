import type {
  FastifyBaseLogger,
  FastifyInstance,
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
