import type { FastifyInstance, FastifyRequest } from "fastify"
import { createPaymentCollectionForCartWorkflow } from "../../../workflows/payment/create-payment-collection-for-cart.js"
import {
  createPaymentSessionWorkflow,
  type CreatePaymentSessionInput,
} from "../../../workflows/payment/create-payment-session.js"
import { resolveFields } from "../../helpers/fields.js"
import { oneEnvelope, sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { ALLOWED_PAYMENT_COLLECTION_FIELDS, DEFAULT_PAYMENT_COLLECTION_FIELDS } from "./query-config.js"
import { CreatePaymentCollectionBody, CreatePaymentSessionBody, PaymentCollectionQuery } from "./validators.js"

function collectionJson(request: FastifyRequest, id: string) {
  const { fields } = request.query as { fields?: string }
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

export async function storePaymentCollectionRoutes(server: FastifyInstance) {
  /** The cart's payment collection, created on first call (later calls return the same one). */
  server.post(
    "/payment-collections",
    { schema: { body: CreatePaymentCollectionBody, querystring: PaymentCollectionQuery } },
    async (request, reply) => {
      const { cart_id } = request.body as { cart_id: string }
      const collection = await createPaymentCollectionForCartWorkflow(request.container, cart_id)
      return sendJson(reply, await collectionJson(request, collection.id))
    },
  )

  server.post<{ Params: { id: string } }>(
    "/payment-collections/:id/payment-sessions",
    { schema: { body: CreatePaymentSessionBody, querystring: PaymentCollectionQuery } },
    async (request, reply) => {
      await createPaymentSessionWorkflow(
        request.container,
        request.params.id,
        request.body as CreatePaymentSessionInput,
      )
      return sendJson(reply, await collectionJson(request, request.params.id))
    },
  )
}
