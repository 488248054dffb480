import type { onRequestHookHandler } from "fastify"
import type { z } from "zod"
import type { Container } from "../../app/container.js"
import { IdParams } from "../validation/params.js"
import { deleteEnvelope, deleteEnvelopeWithParent, sendJson } from "./respond.js"
import type { TypedServer } from "./typed-server.js"
import type { WriteRequest } from "./write-route.js"

/** `DELETE <path>/:id`: runs `remove`, answers Medusa's `{id, object, deleted: true}`. */
export function deleteRoute(
  server: TypedServer,
  path: string,
  object: string,
  remove: (c: Container, id: string) => Promise<unknown>,
) {
  server.delete(`${path}/:id`, { schema: { params: IdParams } }, async (request) => {
    const { id } = request.params
    await remove(request.container, id)
    return deleteEnvelope(id, object)
  })
}

/** A `DELETE` of a record below another (an address of a customer, a line of a cart). */
export interface DeleteChildRoute<P, R> {
  path: string
  schema: { params: z.ZodType<P>; querystring: z.ZodType<{ fields?: string }> }
  /** a hook that runs first (the store's customer authentication) */
  onRequest?: onRequestHookHandler
  /** the envelope's `object` */
  object: string
  /** runs the workflow */
  remove(request: WriteRequest<P>): Promise<R>
  /** the envelope's `id` (`removed`: what `remove` returned) */
  id(request: WriteRequest<P>, removed: R): unknown
  /** the parent's JSON text, read after the delete (undefined: the envelope has no `parent`) */
  parent(request: WriteRequest<P>): Promise<string | undefined>
}

/** `DELETE <path>`: runs `remove`, answers Medusa's `{id, object, deleted: true, parent}`. */
export function deleteChildRoute<P, R>(server: TypedServer, spec: DeleteChildRoute<P, R>) {
  const { path, onRequest, schema } = spec
  server.delete(path, { onRequest, schema }, async (request, reply) => {
    const removed = await spec.remove(request)
    const parent = await spec.parent(request)
    return sendJson(reply, deleteEnvelopeWithParent(spec.id(request, removed), spec.object, parent))
  })
}
