import { IdParams, pathParams } from "../../validation/params.js"
import type { FieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { writeRoute } from "../../helpers/write-route.js"
import { deleteChildRoute } from "../../helpers/delete-route.js"
import { notFound } from "../../../framework/errors.js"
import {
  createCustomerAddressWorkflow,
  deleteCustomerAddressWorkflow,
  updateCustomerAddressWorkflow,
} from "../../../workflows/customer/addresses.js"
import { resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { requestFields } from "../../helpers/supported-fields.js"
import { listFilterValues } from "../../validation/common.js"
import { ADDRESS_FIELDS, DEFAULT_FIELDS } from "./query-config.js"
import { AddressBody, ListAddressesQuery } from "./address-validators.js"
import { RetrieveQuery } from "./validators.js"

/**
 * /admin/customers/:id/addresses (Medusa's admin address book of a customer). Writes answer with
 * the customer; an address is only ever read, changed or removed through its own customer
 * (beyond Medusa, whose delete and a missing address's GET ignore the customer: here a GET of
 * an address the customer lacks is a 404, an update or delete of one changes nothing).
 */
export async function customerAddressRoutes(server: TypedServer) {
  const customerJson = (request: FieldsRequest, id: string) =>
    oneEnvelope(
      request.container,
      "customer",
      {
        entity: "customer",
        fields: requestFields(request, "customer", DEFAULT_FIELDS),
        filters: { id },
      },
      `Customer with id: ${id} not found`,
    )
  const addressFields = (request: FieldsRequest) => requestFields(request, "customer_address", ADDRESS_FIELDS)

  server.get(
    "/customers/:id/addresses",
    { schema: { params: IdParams, querystring: ListAddressesQuery } },
    async (request, reply) => {
      const { id } = request.params
      const { fields: _, limit, offset, order, with_deleted: __, ...filters } = request.query
      const json = await listEnvelope(request.container, "addresses", {
        entity: "customer_address",
        fields: addressFields(request),
        filters: { ...listFilterValues(filters), customer_id: id },
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )

  writeRoute(server, {
    path: "/customers/:id/addresses",
    schema: { params: IdParams, body: AddressBody, querystring: RetrieveQuery },
    write: ({ container, params, body: { additional_data: _, ...input } }) =>
      createCustomerAddressWorkflow(container, params.id, input),
    answer: (request) => customerJson(request, request.params.id),
  })

  server.get(
    "/customers/:id/addresses/:address_id",
    { schema: { params: pathParams("id", "address_id"), querystring: RetrieveQuery } },
    async (request, reply) => {
      const { id, address_id } = request.params
      const json = await oneJson(request.container, {
        entity: "customer_address",
        fields: addressFields(request),
        filters: { id: address_id, customer_id: id },
      })
      if (json === undefined) throw notFound(`Address with id: ${address_id} was not found`)
      return sendJson(reply, `{"address":${json}}`)
    },
  )

  writeRoute(server, {
    path: "/customers/:id/addresses/:address_id",
    schema: { params: pathParams("id", "address_id"), body: AddressBody, querystring: RetrieveQuery },
    write: ({ container, params, body: { additional_data: _, ...input } }) =>
      updateCustomerAddressWorkflow(container, params.id, params.address_id, input),
    answer: (request) => customerJson(request, request.params.id),
  })

  deleteChildRoute(server, {
    path: "/customers/:id/addresses/:address_id",
    schema: { params: pathParams("id", "address_id"), querystring: RetrieveQuery },
    object: "customer_address",
    remove: ({ container, params }) => deleteCustomerAddressWorkflow(container, params.id, params.address_id),
    id: ({ params }) => params.address_id,
    parent: async (request) => (await customerJson(request, request.params.id)).slice('{"customer":'.length, -1),
  })
}
