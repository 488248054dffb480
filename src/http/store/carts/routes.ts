import { IdParams, pathParams } from "../../validation/params.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { addToCartWorkflow } from "../../../workflows/cart/add-to-cart.js"
import { createCartWorkflow } from "../../../workflows/cart/create-cart.js"
import { deleteLineItemWorkflow } from "../../../workflows/cart/delete-line-item.js"
import { updateCartWorkflow } from "../../../workflows/cart/update-cart.js"
import { updateLineItemWorkflow } from "../../../workflows/cart/update-line-item.js"
import { sendJson } from "../../helpers/respond.js"
import { cartJson, sendCart } from "./cart-response.js"
import { completeCartRoute } from "./complete-route.js"
import { cartTaxesRoute } from "./taxes-route.js"
import { cartCustomerRoute } from "./customer-route.js"
import { cartPromotionsRoute } from "./promotions-route.js"
import { channelFromKey, KEY_CHANNEL_MESSAGE } from "./publishable-key-channel.js"
import { shippingMethodsRoute } from "./shipping-methods-route.js"
import { AddLineItemBody, CartQuery, CreateCartBody, UpdateCartBody, UpdateLineItemBody } from "./validators.js"

export async function storeCartRoutes(server: TypedServer) {
  // a signed-in customer's cart is theirs (Medusa's authenticate with allowUnauthenticated)
  server.post(
    "/carts",
    { onRequest: server.customerAuth.optional, schema: { body: CreateCartBody, querystring: CartQuery } },
    async (request, reply) => {
      const { additional_data, ...body } = request.body
      const channel = channelFromKey(request.publishableKey, body.sales_channel_id)
      if ("error" in channel) return reply.status(400).send({ errors: [channel.error], message: KEY_CHANNEL_MESSAGE })
      const cart = await createCartWorkflow(request.container, {
        ...body,
        sales_channel_id: channel.sales_channel_id,
        customer_id: request.auth?.actor_id,
      })
      return sendCart(request, reply, cart.id)
    },
  )

  server.get("/carts/:id", { schema: { params: IdParams, querystring: CartQuery } }, async (request, reply) =>
    sendCart(request, reply, request.params.id),
  )

  server.post(
    "/carts/:id",
    { schema: { params: IdParams, body: UpdateCartBody, querystring: CartQuery } },
    async (request, reply) => {
      const { additional_data, ...body } = request.body
      await updateCartWorkflow(request.container, request.params.id, body)
      return sendCart(request, reply, request.params.id)
    },
  )

  server.post(
    "/carts/:id/line-items",
    { schema: { params: IdParams, body: AddLineItemBody, querystring: CartQuery } },
    async (request, reply) => {
      await addToCartWorkflow(request.container, request.params.id, request.body)
      return sendCart(request, reply, request.params.id)
    },
  )

  server.post(
    "/carts/:id/line-items/:line_id",
    { schema: { params: pathParams("id", "line_id"), body: UpdateLineItemBody, querystring: CartQuery } },
    async (request, reply) => {
      await updateLineItemWorkflow(request.container, request.params.id, request.params.line_id, request.body)
      return sendCart(request, reply, request.params.id)
    },
  )

  server.delete(
    "/carts/:id/line-items/:line_id",
    { schema: { params: pathParams("id", "line_id"), querystring: CartQuery } },
    async (request, reply) => {
      const { id, line_id } = request.params
      await deleteLineItemWorkflow(request.container, id, line_id)
      const cart = await cartJson(request, id)
      // {id, object, deleted, parent}: the cart as the route's fields shape it
      return sendJson(
        reply,
        `{"id":${JSON.stringify(line_id)},"object":"line-item","deleted":true,"parent":${cart.slice('{"cart":'.length, -1)}}`,
      )
    },
  )

  await server.register(shippingMethodsRoute)
  await server.register(completeCartRoute)
  await server.register(cartCustomerRoute)
  await server.register(cartTaxesRoute)
  await server.register(cartPromotionsRoute)
}
