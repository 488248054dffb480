import { IdParams, pathParams } from "../../validation/params.js"
import type { IdFieldsRequest, TypedServer } from "../../helpers/typed-server.js"
import { deleteChildRoute } from "../../helpers/delete-route.js"
import { writeRoute } from "../../helpers/write-route.js"
import { addToCartWorkflow } from "../../../workflows/cart/add-to-cart.js"
import { createCartWorkflow } from "../../../workflows/cart/create-cart.js"
import { deleteLineItemWorkflow } from "../../../workflows/cart/delete-line-item.js"
import { updateCartWorkflow } from "../../../workflows/cart/update-cart.js"
import { updateLineItemWorkflow } from "../../../workflows/cart/update-line-item.js"
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

  /** the cart of the route's `/:id`, as the route's fields shape it */
  const cart = (request: IdFieldsRequest) => cartJson(request, request.params.id)

  writeRoute(server, {
    path: "/carts/:id",
    schema: { params: IdParams, body: UpdateCartBody, querystring: CartQuery },
    write: ({ container, params, body: { additional_data, ...body } }) =>
      updateCartWorkflow(container, params.id, body),
    answer: cart,
  })

  writeRoute(server, {
    path: "/carts/:id/line-items",
    schema: { params: IdParams, body: AddLineItemBody, querystring: CartQuery },
    write: ({ container, params, body }) => addToCartWorkflow(container, params.id, body),
    answer: cart,
  })

  writeRoute(server, {
    path: "/carts/:id/line-items/:line_id",
    schema: { params: pathParams("id", "line_id"), body: UpdateLineItemBody, querystring: CartQuery },
    write: ({ container, params, body }) => updateLineItemWorkflow(container, params.id, params.line_id, body),
    answer: cart,
  })

  deleteChildRoute(server, {
    path: "/carts/:id/line-items/:line_id",
    schema: { params: pathParams("id", "line_id"), querystring: CartQuery },
    object: "line-item",
    remove: ({ container, params }) => deleteLineItemWorkflow(container, params.id, params.line_id),
    id: ({ params }) => params.line_id,
    parent: async (request) => (await cart(request)).slice('{"cart":'.length, -1),
  })

  await server.register(shippingMethodsRoute)
  await server.register(completeCartRoute)
  await server.register(cartCustomerRoute)
  await server.register(cartTaxesRoute)
  await server.register(cartPromotionsRoute)
}
