import { IdParams, pathParams } from "../../validation/params.js"
import type { FieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { notFound } from "../../../framework/errors.js"
import { createCustomerWorkflow } from "../../../workflows/customer/create-customers.js"
import { removeCustomerAccountWorkflow } from "../../../workflows/customer/remove-customer-account.js"
import { updateCustomerWorkflow } from "../../../workflows/customer/update-customer.js"
import { listRoute } from "../../helpers/list-route.js"
import { oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { requestFields } from "../../helpers/supported-fields.js"
import { listFilterValues } from "../../validation/common.js"
import { customerAddressRoutes } from "./address-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CustomerBody, ListCustomersQuery, RetrieveQuery } from "./validators.js"
import { deleteRoute } from "../../helpers/delete-route.js"
import { writeRoute } from "../../helpers/write-route.js"

export async function customerRoutes(server: TypedServer) {
  const fieldsOf = (request: FieldsRequest) => requestFields(request, "customer", DEFAULT_FIELDS)
  const one = (request: FieldsRequest, id: string, message: string) =>
    oneEnvelope(
      request.container,
      "customer",
      { entity: "customer", fields: fieldsOf(request), filters: { id } },
      message,
    )

  // with_deleted is accepted and ignored, as Medusa's route does; `groups` filters on the customer's groups
  listRoute(server, {
    path: "/customers",
    entity: "customer",
    listKey: "customers",
    defaults: DEFAULT_FIELDS,
    schema: ListCustomersQuery,
    filters: ({ groups, ...rest }) => ({
      ...listFilterValues(rest),
      ...(groups === undefined
        ? {}
        : { groups: typeof groups === "string" || Array.isArray(groups) ? { id: groups } : groups }),
    }),
  })

  writeRoute(server, {
    path: "/customers",
    schema: { params: pathParams(), body: CustomerBody, querystring: RetrieveQuery },
    write: ({ container, auth, body: { additional_data: _, ...input } }) =>
      createCustomerWorkflow(container, { ...input, created_by: auth!.actor_id }),
    answer: (request, { id }) => one(request, id, `Customer with id: ${id} not found`),
  })

  server.get("/customers/:id", { schema: { params: IdParams, querystring: RetrieveQuery } }, async (request, reply) => {
    const { id } = request.params
    return sendJson(reply, await one(request, id, `Customer with id: ${id} not found`))
  })

  writeRoute(server, {
    path: "/customers/:id",
    schema: { params: IdParams, body: CustomerBody, querystring: RetrieveQuery },
    write: async ({ container, params: { id }, body: { additional_data: _, ...input } }) => {
      if (!(await oneJson(container, { entity: "customer", fields: ["id"], filters: { id } })))
        throw notFound(`Customer with id "${id}" not found`)
      return updateCustomerWorkflow(container, id, input)
    },
    answer: (request) => one(request, request.params.id, `Customer with id "${request.params.id}" not found`),
  })

  deleteRoute(server, "/customers", "customer", (c, id) => removeCustomerAccountWorkflow(c, id))

  await customerAddressRoutes(server)
}
