import type { TypedServer } from "../../helpers/typed-server.js"
import { notFound } from "../../../framework/errors.js"
import {
  assertShippingContext,
  shippingOptionIdsForCart,
  type CartForShipping,
  CART_SHIPPING_FIELDS,
} from "../../../workflows/cart/steps/shipping-options.js"
import { sendJson } from "../../helpers/respond.js"
import { supportedFields } from "../../helpers/supported-fields.js"
import { ListStoreShippingOptionsQuery } from "./validators.js"

/** What Medusa's list-shipping-options-for-cart always reads and answers (asked-for fields come on top). */
const FIELDS = [
  "id",
  "name",
  "price_type",
  "service_zone_id",
  "shipping_profile_id",
  "provider_id",
  "data",
  "service_zone.fulfillment_set_id",
  "service_zone.id",
  "service_zone.fulfillment_set.type",
  "service_zone.fulfillment_set.id",
  "service_zone.fulfillment_set.location.id",
  "type.id",
  "type.label",
  "type.description",
  "type.code",
  "provider.id",
  "provider.is_enabled",
  "rules.attribute",
  "rules.value",
  "rules.operator",
  "calculated_price",
  "prices.*",
  "prices.price_rules.*",
  "amount",
  "is_tax_inclusive",
  "insufficient_inventory",
]

interface CartRow extends CartForShipping {
  currency_code: string
  region_id: string | null
}

/**
 * GET /store/shipping-options?cart_id=…: the options the cart can use (see
 * shippingOptionIdsForCart) with their price for the cart (`calculated_price`, `amount`,
 * `is_tax_inclusive`) and `insufficient_inventory`, in Medusa's `{shipping_options}` (no count).
 */
export async function storeShippingOptionRoutes(server: TypedServer) {
  server.get(
    "/shipping-options",
    { schema: { querystring: ListStoreShippingOptionsQuery } },
    async (request, reply) => {
      const { cart_id, is_return, fields } = request.query
      const c = request.container
      const { data } = await c.query.graph<CartRow>({
        entity: "cart",
        fields: CART_SHIPPING_FIELDS,
        filters: { id: cart_id },
      })
      const cart = data[0]
      if (!cart) throw notFound(`Cart id not found: ${cart_id}`)
      assertShippingContext(cart)
      const ids = await shippingOptionIdsForCart(c, cart, is_return === true)
      const extra = (fields ?? "")
        .split(",")
        .map((f) => f.trim().replace(/^[+-]/, ""))
        .filter(Boolean)
      const { json } = await c.query.graphJson(
        {
          entity: "shipping_option",
          fields: [...FIELDS, ...supportedFields(c.core.schema, "shipping_option", extra)],
          filters: { id: ids },
          pagination: { order: { id: "ASC" } },
          context: { currency_code: cart.currency_code, region_id: cart.region_id, cart_id: cart.id },
        },
        { count: false },
      )
      return sendJson(reply, `{"shipping_options":${json}}`)
    },
  )
}
