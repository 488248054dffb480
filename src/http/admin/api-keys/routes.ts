import { IdParams } from "../../validation/params.js"
import type { IdFieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { createApiKeysWorkflow } from "../../../workflows/api-key/create-api-keys.js"
import { deleteApiKeysWorkflow } from "../../../workflows/api-key/delete-api-keys.js"
import { linkSalesChannelsToApiKeyWorkflow } from "../../../workflows/api-key/link-sales-channels-to-api-key.js"
import { revokeApiKeysWorkflow } from "../../../workflows/api-key/revoke-api-keys.js"
import { updateApiKeysWorkflow } from "../../../workflows/api-key/update-api-keys.js"
import { listRoute } from "../../helpers/list-route.js"
import { knownFields } from "../../helpers/supported-fields.js"
import { oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { batchLinkBody } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateApiKeyBody, ListApiKeysQuery, RetrieveQuery, RevokeApiKeyBody, UpdateApiKeyBody } from "./validators.js"
import { deleteRoute } from "../../helpers/delete-route.js"
import { writeRoute } from "../../helpers/write-route.js"

const notFoundMessage = (id: string) => `API Key with id: ${id} was not found`

export async function apiKeyRoutes(server: TypedServer) {
  const one = (id: string, fields: string | undefined) => ({
    entity: "api_key",
    fields: knownFields("api_key", DEFAULT_FIELDS, fields),
    filters: { id },
  })
  /** `{api_key}` re-read; `{}` when the key does not exist (Medusa's answer for update/revoke). */
  const reRead = async (request: IdFieldsRequest) => {
    const json = await oneJson(request.container, one(request.params.id, request.query.fields))
    return json === undefined ? "{}" : `{"api_key":${json}}`
  }

  listRoute(server, {
    path: "/api-keys",
    entity: "api_key",
    listKey: "api_keys",
    defaults: DEFAULT_FIELDS,
    schema: ListApiKeysQuery,
  })

  // the created row as the module returns it: the only response carrying a secret key's token
  server.post("/api-keys", { schema: { body: CreateApiKeyBody, querystring: RetrieveQuery } }, async (request) => {
    const body = request.body
    const [key] = await createApiKeysWorkflow(request.container, [{ ...body, created_by: request.auth!.actor_id }])
    return { api_key: key }
  })

  server.get("/api-keys/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params
    const { fields } = request.query
    return sendJson(reply, await oneEnvelope(request.container, "api_key", one(id, fields), notFoundMessage(id)))
  })

  writeRoute(server, {
    path: "/api-keys/:id",
    schema: { params: IdParams, body: UpdateApiKeyBody, querystring: RetrieveQuery },
    write: ({ container, params, body }) => updateApiKeysWorkflow(container, params.id, body),
    answer: reRead,
  })

  writeRoute(server, {
    path: "/api-keys/:id/revoke",
    schema: { params: IdParams, body: RevokeApiKeyBody, querystring: RetrieveQuery },
    write: ({ container, params, body, auth }) =>
      revokeApiKeysWorkflow(container, { ids: [params.id], revoke_in: body.revoke_in, revoked_by: auth!.actor_id }),
    answer: reRead,
  })

  deleteRoute(server, "/api-keys", "api_key", (c, id) => deleteApiKeysWorkflow(c, [id]))

  writeRoute(server, {
    path: "/api-keys/:id/sales-channels",
    schema: { params: IdParams, body: batchLinkBody(), querystring: RetrieveQuery },
    write: ({ container, params: { id }, body: { add, remove } }) =>
      linkSalesChannelsToApiKeyWorkflow(container, { id, add, remove }),
    answer: ({ container, params, query }) =>
      oneEnvelope(container, "api_key", one(params.id, query.fields), notFoundMessage(params.id)),
  })
}
