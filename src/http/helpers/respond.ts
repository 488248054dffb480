import type { FastifyReply } from "fastify"
import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { GraphInput } from "../../framework/query/index.js"

/**
 * Responses built from the JSON text PostgreSQL produced: the page is never parsed and
 * re-serialised in JavaScript.
 */

export function sendJson(reply: FastifyReply, json: string) {
  return reply.type("application/json; charset=utf-8").send(json)
}

export interface ListInput extends GraphInput {
  pagination: { skip: number; take: number; order?: Record<string, unknown> }
}

/** `{ <key>: [...], count, offset, limit }` in one statement (`reshape`, rarely, rewrites the page). */
export async function listEnvelope(
  c: Container,
  key: string,
  input: ListInput,
  reshape?: (json: string) => Promise<string>,
): Promise<string> {
  const { json, count } = await c.query.graphJson(input, { count: true })
  const page = reshape ? await reshape(json) : json
  return `{"${key}":${page},"count":${count},"offset":${input.pagination.skip},"limit":${input.pagination.take}}`
}

/** The JSON text of one record, or undefined. */
export async function oneJson(c: Container, input: GraphInput): Promise<string | undefined> {
  const { json } = await c.query.graphJson({ ...input, pagination: { ...input.pagination, take: 1 } }, { count: false })
  return json.length > 2 ? json.slice(1, -1) : undefined
}

/** `{ <key>: {...} }`, or a not_found error with the route's own message. */
export async function oneEnvelope(
  c: Container,
  key: string,
  input: GraphInput,
  notFoundMessage: string,
): Promise<string> {
  const json = await oneJson(c, input)
  if (json === undefined) throw notFound(notFoundMessage)
  return `{"${key}":${json}}`
}

export function deleteEnvelope(id: string, object: string) {
  return { id, object, deleted: true }
}

/**
 * The JSON text of Medusa's delete envelope of a record below another: `{id, object, deleted:
 * true, parent}`, `parent` the other record's JSON text (left out when undefined).
 */
export function deleteEnvelopeWithParent(id: unknown, object: string, parent: string | undefined) {
  const envelope = `{"id":${JSON.stringify(id)},"object":${JSON.stringify(object)},"deleted":true`
  return parent === undefined ? `${envelope}}` : `${envelope},"parent":${parent}}`
}
