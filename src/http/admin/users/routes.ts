import { IdParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import type { FastifyRequest } from "fastify"
import { notAllowed, notFound } from "../../../framework/errors.js"
import { removeUserAccountWorkflow } from "../../../workflows/user/remove-user-account.js"
import { updateUserWorkflow } from "../../../workflows/user/update-user.js"
import { resolveFields } from "../../helpers/fields.js"
import { listRoute } from "../../helpers/list-route.js"
import { deleteEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { listFilterValues } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { ListUsersQuery, RetrieveQuery, UpdateUserBody } from "./validators.js"

export async function userRoutes(server: TypedServer) {
  // what the user model cannot answer (`*roles` of Medusa's RBAC, a misspelt name) is left out, as in Medusa
  const fieldsOf = (request: FastifyRequest, fields: string | undefined) =>
    supportedFields(request.container.core.schema, "user", resolveFields(DEFAULT_FIELDS, fields))
  const one = (request: FastifyRequest, id: string, fields: string | undefined) => ({
    entity: "user",
    fields: fieldsOf(request, fields),
    filters: { id },
  })

  listRoute(server, {
    path: "/users",
    entity: "user",
    listKey: "users",
    defaults: DEFAULT_FIELDS,
    schema: ListUsersQuery,
    filters: listFilterValues,
  })

  // the caller's own profile; a secret key's actor is no user, so Medusa answers 404
  server.get("/users/me", { schema: { querystring: RetrieveQuery } }, async (request, reply) => {
    const { fields } = request.query
    const id = request.auth!.actor_id
    if (!id) throw notFound("User ID not found")
    return sendJson(
      reply,
      await oneEnvelope(request.container, "user", one(request, id, fields), `User with id: ${id} was not found`),
    )
  })

  server.get("/users/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params
    const { fields } = request.query
    return sendJson(
      reply,
      await oneEnvelope(request.container, "user", one(request, id, fields), `User with id: ${id} was not found`),
    )
  })

  server.post(
    "/users/:id",
    { schema: { params: IdParams, body: UpdateUserBody, querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id } = request.params
      await updateUserWorkflow(request.container, id, request.body)
      const { fields } = request.query
      return sendJson(
        reply,
        await oneEnvelope(request.container, "user", one(request, id, fields), `User with id "${id}" not found`),
      )
    },
  )

  server.delete("/users/:id", { schema: { params: IdParams } }, async (request) => {
    const { id } = request.params
    if (request.auth!.actor_id === id) throw notAllowed("A user cannot delete itself")
    await removeUserAccountWorkflow(request.container, id)
    return deleteEnvelope(id, "user")
  })
}
