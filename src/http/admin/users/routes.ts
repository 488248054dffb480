import type { FastifyInstance } from "fastify"
import { z } from "zod"
import { SalesgraphError } from "../../../framework/errors.js"
import { resolveFields } from "../../helpers/fields.js"
import { oneEnvelope, sendJson } from "../../helpers/respond.js"
import { retrieveParams } from "../../validation/common.js"

const DEFAULT_FIELDS = ["id", "email", "first_name", "last_name", "avatar_url", "metadata", "created_at", "updated_at", "deleted_at"]

export async function userRoutes(server: FastifyInstance) {
  server.get("/users/me", { schema: { querystring: z.object(retrieveParams()).strict() } }, async (request, reply) => {
    const { fields } = request.query as { fields?: string }
    const auth = request.auth!
    if (auth.actor_type !== "user") throw new SalesgraphError("unauthorized", "Only a user has a profile")
    const json = await oneEnvelope(
      request.container,
      "user",
      { entity: "user", fields: resolveFields(DEFAULT_FIELDS, fields), filters: { id: auth.actor_id } },
      `User with id: ${auth.actor_id} was not found`,
    )
    return sendJson(reply, json)
  })
}
