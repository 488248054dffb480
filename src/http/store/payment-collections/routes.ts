import { IdParams } from "../../validation/params.js"
import type { FieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { createPaymentCollectionForCartWorkflow } from "../../../workflows/payment/create-payment-collection-for-cart.js"
import { createPaymentSessionWorkflow } from "../../../workflows/payment/create-payment-session.js"
import { resolveFields } from "../../helpers/fields.js"
import { oneEnvelope, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { ALLOWED_PAYMENT_COLLECTION_FIELDS, DEFAULT_PAYMENT_COLLECTION_FIELDS } from "./query-config.js"
import { CreatePaymentCollectionBody, CreatePaymentSessionBody, PaymentCollectionQuery } from "./validators.js"

function collectionJson(request: FieldsRequest, id: string) {
  const { fields } = request.query
  const requested = resolveFields(DEFAULT_PAYMENT_COLLECTION_FIELDS, fields, ALLOWED_PAYMENT_COLLECTION_FIELDS)
  return oneEnvelope(
    request.container,
    "payment_collection",
    {
      entity: "payment_collection",
      fields: supportedFields(request.container.core.schema, "payment_collection", requested),
      filters: { id },
    },
    `Payment collection with id: ${id} was not found`,
  )
}

export async function storePaymentCollectionRoutes(server: TypedServer) {
  /** The cart's payment collection, created on first call (later calls return the same one). */
  server.post(
    "/payment-collections",
    { schema: { body: CreatePaymentCollectionBody, querystring: PaymentCollectionQuery } },
    async (request, reply) => {
      const { cart_id } = request.body
      const collection = await createPaymentCollectionForCartWorkflow(request.container, cart_id)
      return sendJson(reply, await collectionJson(request, collection.id))
    },
  )

  server.post(
    "/payment-collections/:id/payment-sessions",
    { schema: { params: IdParams, body: CreatePaymentSessionBody, querystring: PaymentCollectionQuery } },
    async (request, reply) => {
      await createPaymentSessionWorkflow(request.container, request.params.id, request.body)
      return sendJson(reply, await collectionJson(request, request.params.id))
    },
  )
}
