import type { Container } from "../../app/container.js"
import { IdParams } from "../validation/params.js"
import { deleteEnvelope } from "./respond.js"
import type { TypedServer } from "./typed-server.js"

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
