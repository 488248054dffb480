import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import type { Medusa } from "./test-support/medusa.js"
import { adminSdk, fetchError, ids, sdkFor } from "./test-support/harness.js"
import { serverSuite } from "../test-support/server-suite.js"
import { createMugVariant, createUsRegion } from "./test-support/sdk-fixtures.js"

/**
 * The delivery step as the Next.js starter and the dashboard do it with the JS SDK: the admin
 * sets up a location's fulfillment set, zone and shipping option; the storefront lists the cart's
 * options (sdk.store.fulfillment.listCartOptions), picks one (sdk.store.cart.addShippingMethod),
 * pays and completes.
 */
describe("JS SDK: fulfillment sets, shipping options and the storefront's delivery step", () => {
  const { s } = serverSuite()
  let admin: Medusa, shop: Medusa, optionId: string, regionId: string, variantId: string

  before(async () => {
    admin = await adminSdk(s)
    shop = sdkFor(s)
    regionId = (await createUsRegion(admin)).id
    variantId = await createMugVariant(admin, s.defaults.default_sales_channel_id, 12)
  })

  test("admin: location → fulfillment set → service zone → shipping option", async () => {
    const { stock_location: location } = await admin.admin.stockLocation.create({ name: "Main" })
    await admin.admin.stockLocation.updateSalesChannels(location.id, { add: [s.defaults.default_sales_channel_id] })
    const { fulfillment_providers } = await admin.admin.fulfillmentProvider.list()
    assert.deepEqual(ids(fulfillment_providers), ["manual_manual"])
    await admin.admin.stockLocation.updateFulfillmentProviders(location.id, { add: ["manual_manual"] })
    const { stock_location: withSet } = await admin.admin.stockLocation.createFulfillmentSet(location.id, {
      name: "Main shipping",
      type: "shipping",
    })
    assert.equal(withSet.id, location.id)
    const { stock_location: read } = await admin.admin.stockLocation.retrieve(location.id, {
      fields: "*fulfillment_sets,*fulfillment_providers",
    })
    const setId = read.fulfillment_sets![0].id
    const { fulfillment_set } = await admin.admin.fulfillmentSet.createServiceZone(setId, {
      name: "US",
      geo_zones: [{ type: "country", country_code: "us" }],
    })
    const zoneId = fulfillment_set.service_zones[0].id
    const { shipping_option } = await admin.admin.shippingOption.create({
      name: "Standard",
      service_zone_id: zoneId,
      shipping_profile_id: s.defaults.default_shipping_profile_id,
      provider_id: "manual_manual",
      price_type: "flat",
      type: { label: "Standard", description: "3-5 days", code: "standard" },
      prices: [{ currency_code: "usd", amount: 5 }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: "false", operator: "eq" },
      ],
    })
    optionId = shipping_option.id
    const listed = await admin.admin.shippingOption.list({ stock_location_id: location.id })
    assert.deepEqual(ids(listed.shipping_options), [optionId])
    await fetchError(admin.admin.shippingOption.retrieve("so_nope"), 404, "Shipping Option with id: so_nope not found")
  })

  test("storefront: the cart's options, the chosen method in its totals, the order with it", async () => {
    const { cart: created } = await shop.store.cart.create({
      region_id: regionId,
      shipping_address: { country_code: "us" },
    })
    await shop.store.cart.createLineItem(created.id, { variant_id: variantId, quantity: 2 })
    const { shipping_options } = await shop.store.fulfillment.listCartOptions({ cart_id: created.id })
    assert.deepEqual(
      shipping_options.map((o: { id: string; amount: number }) => [o.id, o.amount]),
      [[optionId, 5]],
    )
    const { cart } = await shop.store.cart.addShippingMethod(created.id, { option_id: optionId })
    assert.deepEqual(
      cart.shipping_methods!.map((m: { shipping_option_id: string; amount: number }) => [
        m.shipping_option_id,
        m.amount,
      ]),
      [[optionId, 5]],
    )
    assert.deepEqual([cart.item_total, cart.shipping_total, cart.total], [24, 5, 29])
    await shop.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
    const done = await shop.store.cart.complete(cart.id)
    assert.equal(done.type, "order")
    if (done.type !== "order") return
    assert.equal(done.order.total, 29)
    assert.deepEqual(
      done.order.shipping_methods!.map((m: { name: string }) => m.name),
      ["Standard"],
    )
  })
})
