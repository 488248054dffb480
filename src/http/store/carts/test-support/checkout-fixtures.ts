import type { Container } from "../../../../app/container.js"
import type { Row } from "../../../../framework/service/index.js"
import { productRows } from "../../../../test-support/fixtures.js"
import { testServer, type TestServer } from "../../../../test-support/http.js"

/**
 * A small shop for the checkout tests, written with module services and Link in one
 * transaction (the admin routes are not needed):
 *
 * region    `us` (usd, country us, pp_system_default enabled); `eu` (eur, countries fr + de, no
 *           payment provider)
 * channels  the default channel (the boot key's) with locations A (stock) and B (stock);
 *           `empty` (key `emptyKey`) linked to location E, which holds no stock (a level of
 *           tee S with 0 units); `off`
 *           (disabled, key `offKey`)
 * products  tee (default channel + empty channel; variant S managed: 5 at A, 2 at B; variant M
 *           unmanaged; usd prices 15 / 20, eur 18 for M), last (default channel; one unit at
 *           A), draft (not published), elsewhere (published, in no channel, stock at A),
 *           kit (default channel; needs 2 of item K per unit, K has 3 at A),
 *           gadget (default channel; managed, no inventory item), ghost (off channel)
 */
export async function createCheckoutShop(c: Container, defaultChannelId: string) {
  return c.transaction(async (tx) => {
    const m = tx.modules
    const [us, eu] = await m.region.createRegions([
      { name: "US", currency_code: "usd" },
      { name: "EU", currency_code: "eur" },
    ])
    for (const [iso, region] of [
      ["us", us],
      ["fr", eu],
      ["de", eu],
    ] as const) {
      const [known] = await m.region.listRegionCountries({ iso_2: iso }, { take: 1 })
      if (known) await m.region.updateRegionCountries(known.id, { region_id: region.id })
      else
        await m.region.createRegionCountries({
          iso_2: iso,
          name: iso.toUpperCase(),
          display_name: iso.toUpperCase(),
          region_id: region.id,
        })
    }
    await tx.link.create({ region: { region_id: us.id }, payment: { payment_provider_id: "pp_system_default" } })

    const [empty, off] = await m.sales_channel.createSalesChannels([
      { name: "Empty" },
      { name: "Off", is_disabled: true },
    ])
    const [emptyKey, offKey] = await m.api_key.generateApiKeys([
      { title: "empty", type: "publishable", created_by: "test" },
      { title: "off", type: "publishable", created_by: "test" },
    ])
    await tx.link.create([
      { api_key: { publishable_key_id: emptyKey.id }, sales_channel: { sales_channel_id: empty.id } },
      { api_key: { publishable_key_id: offKey.id }, sales_channel: { sales_channel_id: off.id } },
    ])

    const [locA, locB, locE] = await m.stock_location.createStockLocations([
      { name: "A" },
      { name: "B" },
      { name: "E" },
    ])
    await tx.link.create([
      { sales_channel: { sales_channel_id: defaultChannelId }, stock_location: { stock_location_id: locA.id } },
      { sales_channel: { sales_channel_id: defaultChannelId }, stock_location: { stock_location_id: locB.id } },
      { sales_channel: { sales_channel_id: empty.id }, stock_location: { stock_location_id: locE.id } },
    ])

    const [tee, last, draft, elsewhere, kit, gadget, ghost] = await m.product.createProducts(
      productRows(["tee", "last", "draft", "elsewhere", "kit", "gadget", "ghost"], {
        tee: { description: "Cotton" },
        last: { title: "Last one" },
        draft: { status: "draft" },
      }),
    )
    const [teeS, teeM, lastV, draftV, elsewhereV, kitV, gadgetV, ghostV] = await m.product.createProductVariants([
      { title: "S", sku: "tee-s", product_id: tee.id },
      { title: "M", sku: "tee-m", product_id: tee.id, manage_inventory: false },
      { title: "Last", sku: "last", product_id: last.id },
      { title: "Draft", sku: "draft", product_id: draft.id, manage_inventory: false },
      { title: "Elsewhere", sku: "elsewhere", product_id: elsewhere.id },
      { title: "Kit", sku: "kit", product_id: kit.id },
      { title: "Gadget", sku: "gadget", product_id: gadget.id },
      { title: "Ghost", sku: "ghost", product_id: ghost.id, manage_inventory: false },
    ])
    await m.product.createProductVariantPrices([
      { variant_id: teeS.id, currency_code: "usd", amount: 15 },
      { variant_id: teeM.id, currency_code: "usd", amount: 20 },
      { variant_id: teeM.id, currency_code: "eur", amount: 18 },
      { variant_id: lastV.id, currency_code: "usd", amount: 99 },
      { variant_id: draftV.id, currency_code: "usd", amount: 1 },
      { variant_id: elsewhereV.id, currency_code: "usd", amount: 5 },
      { variant_id: kitV.id, currency_code: "usd", amount: 50 },
      { variant_id: gadgetV.id, currency_code: "usd", amount: 7 },
      { variant_id: ghostV.id, currency_code: "usd", amount: 3 },
    ])
    await tx.link.create([
      ...[tee, last, kit, gadget].map((p) => ({
        product: { product_id: p.id },
        sales_channel: { sales_channel_id: defaultChannelId },
      })),
      { product: { product_id: tee.id }, sales_channel: { sales_channel_id: empty.id } },
      { product: { product_id: ghost.id }, sales_channel: { sales_channel_id: off.id } },
    ])
    // the products with stock ship under the default profile (their lines require shipping and
    // need a method of that profile, Medusa's validate-shipping); draft, gadget and ghost have
    // neither a profile nor an inventory item: their lines need no shipping
    const profiles = await tx.query.graph<{ id: string }>({
      entity: "shipping_profile",
      fields: ["id"],
      filters: { type: "default" },
    })
    const profileId = profiles.data[0].id
    await tx.link.create(
      [tee, last, elsewhere, kit].map((p) => ({
        product: { product_id: p.id },
        fulfillment: { shipping_profile_id: profileId },
      })),
    )

    const [itemS, itemLast, itemElsewhere, itemK] = await m.inventory.createInventoryItems([
      { sku: "tee-s", title: "Tee S" },
      { sku: "last", title: "Last one" },
      { sku: "elsewhere", title: "Elsewhere" },
      { sku: "kit-part", title: "Kit part" },
    ])
    await tx.link.create([
      { product: { variant_id: teeS.id }, inventory: { inventory_item_id: itemS.id } },
      { product: { variant_id: lastV.id }, inventory: { inventory_item_id: itemLast.id } },
      { product: { variant_id: elsewhereV.id }, inventory: { inventory_item_id: itemElsewhere.id } },
      { product: { variant_id: kitV.id }, inventory: { inventory_item_id: itemK.id }, data: { required_quantity: 2 } },
    ])
    await m.inventory.createInventoryLevels([
      { inventory_item_id: itemS.id, location_id: locA.id, stocked_quantity: 5 },
      { inventory_item_id: itemS.id, location_id: locB.id, stocked_quantity: 2 },
      { inventory_item_id: itemS.id, location_id: locE.id, stocked_quantity: 0 },
      { inventory_item_id: itemLast.id, location_id: locA.id, stocked_quantity: 1 },
      { inventory_item_id: itemElsewhere.id, location_id: locA.id, stocked_quantity: 10 },
      { inventory_item_id: itemK.id, location_id: locA.id, stocked_quantity: 3 },
    ])
    const ids = (rows: Row) => rows.id as string
    return {
      region: { us: ids(us), eu: ids(eu) },
      channel: { default: defaultChannelId, empty: ids(empty), off: ids(off) },
      key: { empty: emptyKey.token as string, off: offKey.token as string },
      location: { A: ids(locA), B: ids(locB), E: ids(locE) },
      product: { tee: ids(tee) },
      profile: { default: profileId },
      variant: {
        teeS: ids(teeS),
        teeM: ids(teeM),
        last: ids(lastV),
        draft: ids(draftV),
        elsewhere: ids(elsewhereV),
        kit: ids(kitV),
        gadget: ids(gadgetV),
        ghost: ids(ghostV),
      },
      item: { teeS: ids(itemS), last: ids(itemLast), kit: ids(itemK) },
    }
  })
}

export type CheckoutShop = Awaited<ReturnType<typeof createCheckoutShop>>

/** A test server with the checkout shop on its default channel. */
export async function checkoutServer(): Promise<{ s: TestServer; shop: CheckoutShop }> {
  const s = await testServer()
  return { s, shop: await createCheckoutShop(s.app.container, s.defaults.default_sales_channel_id) }
}
