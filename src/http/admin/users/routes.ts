import { IdParams } from "../../validation/params.js"
import type { FieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { writeRoute } from "../../helpers/write-route.js"
import { notAllowed, notFound } from "../../../framework/errors.js"
import { removeUserAccountWorkflow } from "../../../workflows/user/remove-user-account.js"
import { updateUserWorkflow } from "../../../workflows/user/update-user.js"
import { listRoute } from "../../helpers/list-route.js"
import { deleteEnvelope, oneEnvelope, sendJson } from "../../helpers/respond.js"
import { requestFields } from "../../helpers/supported-fields.js"
import { listFilterValues } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { ListUsersQuery, RetrieveQuery, UpdateUserBody } from "./validators.js"

export async function userRoutes(server: TypedServer) {
  // what the user model cannot answer (`*roles` of Medusa's RBAC, a misspelt name) is left out, as in Medusa
  const userEnvelope = (request: FieldsRequest, id: string, notFoundMessage: string) =>
    oneEnvelope(
      request.container,
      "user",
      { entity: "user", fields: requestFields(request, "user", DEFAULT_FIELDS), filters: { id } },
      notFoundMessage,
    )

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
    const id = request.auth!.actor_id
    if (!id) throw notFound("User ID not found")
    return sendJson(reply, await userEnvelope(request, id, `User with id: ${id} was not found`))
  })

  server.get("/users/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params
    return sendJson(reply, await userEnvelope(request, id, `User with id: ${id} was not found`))
  })

  writeRoute(server, {
    path: "/users/:id",
    schema: { params: IdParams, body: UpdateUserBody, querystring: RetrieveQuery },
    write: ({ container, params, body }) => updateUserWorkflow(container, params.id, body),
    answer: (request) => userEnvelope(request, request.params.id, `User with id "${request.params.id}" not found`),
  })

  server.delete("/users/:id", { schema: { params: IdParams } }, async (request) => {
    const { id } = request.params
    if (request.auth!.actor_id === id) throw notAllowed("A user cannot delete itself")
    await removeUserAccountWorkflow(request.container, id)
    return deleteEnvelope(id, "user")
  })
}
