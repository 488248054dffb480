import type { FastifyRequest, onRequestHookHandler } from "fastify"
import type { z } from "zod"
import { sendJson } from "./respond.js"
import type { FieldsRequest, TypedServer, Validated } from "./typed-server.js"

/** The request a write route's callbacks get: its path parameters and body typed from the route's schemas. */
export type WriteRequest<P, B = undefined> = FastifyRequest &
  FieldsRequest & { params: Validated<P>; body: Validated<B> }

/** A `POST` that changes something and answers with a re-read (of the record, or of its parent). */
export interface WriteRoute<P, B, W> {
  path: string
  /** `params`: `pathParams()` on a route without path parameters */
  schema: { params: z.ZodType<P>; body: z.ZodType<B>; querystring: z.ZodType<{ fields?: string }> }
  /** a hook that runs first (the store's customer authentication) */
  onRequest?: onRequestHookHandler
  /** runs the workflow */
  write(request: WriteRequest<P, B>): Promise<W>
  /** the JSON text answered once `write` is done (`written`: what it returned) */
  answer(request: WriteRequest<P, B>, written: W): Promise<string>
}

/** `POST <path>`: validates, runs `write`, answers `answer`'s JSON text (the route states only these). */
export function writeRoute<P, B, W>(server: TypedServer, spec: WriteRoute<P, B, W>) {
  const { path, onRequest, schema } = spec
  server.post(path, { onRequest, schema }, async (request, reply) => {
    const written = await spec.write(request)
    return sendJson(reply, await spec.answer(request, written))
  })
}
