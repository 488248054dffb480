import { pathParams } from "../../validation/params.js"
import type { z } from "zod"
import type { Container } from "../../../app/container.js"
import type { FieldsRequest, TypedServer, Validated } from "../../helpers/typed-server.js"
import { writeRoute } from "../../helpers/write-route.js"
import { deleteChildRoute } from "../../helpers/delete-route.js"
import { invalidData, notFound } from "../../../framework/errors.js"
import {
  createCustomerAddressWorkflow,
  deleteCustomerAddressWorkflow,
  updateCustomerAddressWorkflow,
} from "../../../workflows/customer/addresses.js"
import { createCustomerAccountWorkflow } from "../../../workflows/customer/create-customer-account.js"
import { updateCustomerWorkflow } from "../../../workflows/customer/update-customer.js"
import { resolveOrder } from "../../helpers/fields.js"
import { listEnvelope, oneEnvelope, oneJson, sendJson } from "../../helpers/respond.js"
import { requestFields } from "../../helpers/supported-fields.js"
import { listFilterValues } from "../../validation/common.js"
import { ADDRESS_FIELDS, ALLOWED_ADDRESS_FIELDS, ALLOWED_CUSTOMER_FIELDS, CUSTOMER_FIELDS } from "./query-config.js"
import { AddressBody, CreateCustomerBody, CustomerQuery, ListAddressesQuery, UpdateCustomerBody } from "./validators.js"

/**
 * Medusa's store customer routes: registration (a registration token binds a new customer),
 * the signed-in customer's profile and address book. Everything but registration needs a
 * signed-in customer (401 `{message}` otherwise); addresses are only ever the caller's own.
 */
export async function storeCustomerRoutes(server: TypedServer) {
  const { required, registering } = server.customerAuth
  const customerJson = (request: FieldsRequest, id: string) =>
    oneEnvelope(
      request.container,
      "customer",
      {
        entity: "customer",
        fields: requestFields(request, "customer", CUSTOMER_FIELDS, ALLOWED_CUSTOMER_FIELDS),
        filters: { id },
      },
      `Customer with id: ${id} was not found`,
    )
  const me = (request: FieldsRequest) => request.auth!.actor_id
  /** the signed-in customer, re-read after a change */
  const myself = (request: FieldsRequest) => customerJson(request, me(request))
  const addressFields = (request: FieldsRequest) =>
    requestFields(request, "customer_address", ADDRESS_FIELDS, ALLOWED_ADDRESS_FIELDS)
  /** `POST <path>` (signed in): the workflow changes the caller's own records; answers with the caller. */
  const changeMe = <B>(
    path: string,
    body: z.ZodType<B>,
    workflow: (c: Container, customerId: string, body: Validated<B>) => Promise<unknown>,
  ) =>
    writeRoute(server, {
      path,
      onRequest: required,
      schema: { params: pathParams(), body, querystring: CustomerQuery },
      write: (request) => workflow(request.container, me(request), request.body),
      answer: myself,
    })
  /** The caller's address, or Medusa's 404. */
  async function ownAddress(request: FieldsRequest & { params: { address_id: string } }, fields: string[]) {
    const { address_id } = request.params
    const json = await oneJson(request.container, {
      entity: "customer_address",
      fields,
      filters: { id: address_id, customer_id: me(request) },
    })
    if (json === undefined) throw notFound(`Address with id: ${address_id} was not found`)
    return { id: address_id, json }
  }

  writeRoute(server, {
    path: "/customers",
    onRequest: registering,
    schema: { params: pathParams(), body: CreateCustomerBody, querystring: CustomerQuery },
    write: ({ container, auth, body }) => {
      if (auth!.actor_id) throw invalidData("Request already authenticated as a customer.")
      return createCustomerAccountWorkflow(container, { customer: body, authIdentityId: auth!.auth_identity_id! })
    },
    answer: (request, customer) => customerJson(request, customer.id),
  })

  server.get("/customers/me", { onRequest: required, schema: { querystring: CustomerQuery } }, async (request, reply) =>
    sendJson(reply, await myself(request)),
  )

  changeMe("/customers/me", UpdateCustomerBody, updateCustomerWorkflow)

  server.get(
    "/customers/me/addresses",
    { onRequest: required, schema: { querystring: ListAddressesQuery } },
    async (request, reply) => {
      const { fields: _, limit, offset, order, with_deleted: __, ...filters } = request.query
      const json = await listEnvelope(request.container, "addresses", {
        entity: "customer_address",
        fields: addressFields(request),
        filters: { ...listFilterValues(filters), customer_id: me(request) },
        pagination: { skip: offset, take: limit, order: resolveOrder(order) },
      })
      return sendJson(reply, json)
    },
  )

  changeMe("/customers/me/addresses", AddressBody, createCustomerAddressWorkflow)

  server.get(
    "/customers/me/addresses/:address_id",
    { onRequest: required, schema: { params: pathParams("address_id"), querystring: CustomerQuery } },
    async (request, reply) => {
      const { json } = await ownAddress(request, addressFields(request))
      return sendJson(reply, `{"address":${json}}`)
    },
  )

  writeRoute(server, {
    path: "/customers/me/addresses/:address_id",
    onRequest: required,
    schema: { params: pathParams("address_id"), body: AddressBody, querystring: CustomerQuery },
    write: async (request) => {
      const { id } = await ownAddress(request, ["id"])
      return updateCustomerAddressWorkflow(request.container, me(request), id, request.body)
    },
    answer: myself,
  })

  // Medusa answers with the customer's id (not the address's) and the customer as `parent`
  deleteChildRoute(server, {
    path: "/customers/me/addresses/:address_id",
    onRequest: required,
    schema: { params: pathParams("address_id"), querystring: CustomerQuery },
    object: "address",
    remove: async (request) => {
      const { id } = await ownAddress(request, ["id"])
      return deleteCustomerAddressWorkflow(request.container, me(request), id)
    },
    id: me,
    parent: async (request) => (await myself(request)).slice('{"customer":'.length, -1),
  })
}
