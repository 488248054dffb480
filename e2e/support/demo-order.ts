import type { Api } from "./admin-api.js"

/**
 * Places an order through the store API on the demo seed, as a shopper would: the Web shop key,
 * the United States region, two of the first product its listing shows, the first shipping option the cart may
 * use (Medusa completes a cart that requires shipping only with one), the system payment provider. Returns
 * the order's id.
 */
export async function placeDemoOrder(api: Api): Promise<string> {
  const { api_keys } = await api.get("/admin/api-keys?type=publishable&limit=50")
  const key = api_keys.find((k: { title: string }) => k.title === "Web shop key").token
  const { regions } = await api.get("/admin/regions?limit=50")
  const region = regions.find((r: { currency_code: string }) => r.currency_code === "usd")
  const store = { "x-publishable-api-key": key }
  // a product the Web shop sells now, as its listing shows it (the seed has one launching next week)
  const { products } = await api.get("/store/products?limit=1&fields=id,variants.id", store)
  const { cart } = await api.post(
    "/store/carts",
    {
      region_id: region.id,
      email: "shopper@example.com",
      shipping_address: {
        first_name: "Ada",
        last_name: "Shopper",
        address_1: "1 Main St",
        city: "Springfield",
        postal_code: "12345",
        country_code: "us",
      },
    },
    store,
  )
  await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 2 }, store)
  const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, store)
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, store)
  const { payment_collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, store)
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store,
  )
  const done = await api.post(`/store/carts/${cart.id}/complete`, undefined, store)
  if (done.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(done)}`)
  return done.order.id
}
