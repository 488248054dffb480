import type { FastifyInstance } from "fastify"
import type { ZodTypeProvider } from "fastify-type-provider-zod"
import { z } from "zod"
import type { Container } from "../../../app/container.js"
import type { MembershipInput } from "../../../workflows/customer/customer-groups.js"
import { oneEnvelope, sendJson } from "../../helpers/respond.js"
import { requestFields } from "../../helpers/supported-fields.js"
import { batchLinkBody, retrieveParams } from "../../validation/common.js"

export interface MembershipRoute {
  /** `/customer-groups/:id/customers` */
  path: string
  /** the record re-read after the change, in its envelope key */
  entity: string
  key: string
  defaults: readonly string[]
  link(c: Container, input: MembershipInput): Promise<void>
  missing(id: string): string
}

/** A `POST {add, remove}` of group memberships, answered with the re-read record (Medusa's link routes). */
export function membershipRoute(server: FastifyInstance, spec: MembershipRoute) {
  const schema = {
    params: z.object({ id: z.string() }),
    body: batchLinkBody(),
    querystring: z.object(retrieveParams()).strict(),
  }
  server.withTypeProvider<ZodTypeProvider>().post(spec.path, { schema }, async (request, reply) => {
    const { id } = request.params
    await spec.link(request.container, { id, ...request.body })
    const fields = requestFields(request, spec.entity, spec.defaults)
    const json = await oneEnvelope(
      request.container,
      spec.key,
      { entity: spec.entity, fields, filters: { id } },
      spec.missing(id),
    )
    return sendJson(reply, json)
  })
}
