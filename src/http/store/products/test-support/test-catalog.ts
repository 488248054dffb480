import type { Container } from "../../../../app/container.js"
import type { Row } from "../../../../framework/service/index.js"
import { sql } from "../../../../framework/sql/sql.js"
import { productRows } from "../../../../test-support/fixtures.js"

/**
 * A store catalogue for the store product tests, written with module services and Link in one
 * transaction (events emitted as the workflows would, so caches see the channels change):
 *
 * channels  web (key `web`, locations L1 L2), pos (key `pos`), off (disabled, key `off`);
 *           key `both` opens web + pos, key `none` opens nothing
 * products  shirt (web; two images, ranks 1 then 0; variants S managed — 10 stocked, 3 reserved at L1 and 100 at the
 *           unlinked L3 — and M unmanaged; prices), mug (web + pos), hat (draft, web),
 *           lamp (pos), ghost (off only), mixed (off + web), orphan (no channel),
 *           kit (web; one variant needing 20 of item A (20 at L1) and 20 of item B (30 at L2)),
 *           bare (web; a managed variant with no inventory item); mug, hat and lamp have one
 *           unmanaged variant each
 * regions   usd (automatic taxes), eur (no automatic taxes), vip (usd; shirt S has a cheaper
 *           price for it); eur is tax inclusive in the store; shirt S has a usd price from 10 units
 */
export async function createStoreCatalog(c: Container) {
  return c.transaction(async (tx) => {
    const m = tx.modules
    const [web, pos, off] = await m.sales_channel.createSalesChannels([
      { name: "Web" },
      { name: "POS" },
      { name: "Off", is_disabled: true },
    ])
    for (const channel of [web, pos, off]) tx.emit("sales-channel.created", { id: channel.id })
    const keyRows = await m.api_key.generateApiKeys(
      ["web", "pos", "off", "both", "none"].map((title) => ({
        title,
        type: "publishable" as const,
        created_by: "test",
      })),
    )
    const key = Object.fromEntries(keyRows.map((k) => [k.title as string, k])) as Record<string, Row>

    const [shirt, mug, hat, lamp, ghost, mixed, orphan, kit, bare] = await m.product.createProducts(
      productRows(["shirt", "mug", "hat", "lamp", "ghost", "mixed", "orphan", "kit", "bare"], {
        shirt: { description: "Cotton tee" },
        hat: { status: "draft" },
      }),
    )
    const [size] = await m.product.createProductOptions([{ title: "Size", product_id: shirt.id }])
    const [small, medium] = await m.product.createProductOptionValues([
      { value: "S", option_id: size.id },
      { value: "M", option_id: size.id },
    ])
    const [shirtS, shirtM, kitVariant, bareVariant, mugVariant, hatVariant, lampVariant] =
      await m.product.createProductVariants([
        { title: "S", sku: "shirt-s", product_id: shirt.id },
        { title: "M", sku: "shirt-m", product_id: shirt.id, manage_inventory: false },
        { title: "Kit", sku: "kit", product_id: kit.id },
        { title: "Bare", sku: "bare", product_id: bare.id },
        { title: "Mug", sku: "mug", product_id: mug.id, manage_inventory: false },
        { title: "Hat", sku: "hat", product_id: hat.id, manage_inventory: false },
        { title: "Lamp", sku: "lamp", product_id: lamp.id, manage_inventory: false },
      ])
    const images = await m.product.createProductImages([
      { url: "https://img.test/back.png", rank: 1, product_id: shirt.id },
      { url: "https://img.test/front.png", rank: 0, product_id: shirt.id },
    ])
    await tx.db.query(sql`INSERT INTO product_variant_option (variant_id, option_value_id)
      VALUES (${shirtS.id}::text, ${small.id}::text), (${shirtM.id}::text, ${medium.id}::text)`)

    const [usd, eur] = await m.region.createRegions([
      { name: "America", currency_code: "usd", automatic_taxes: true },
      { name: "Europe", currency_code: "eur", automatic_taxes: false },
    ])
    const [vip] = await m.region.createRegions([{ name: "VIP", currency_code: "usd" }])
    const [store] = await m.store.listStores({}, { take: 1 })
    await tx.db.query(
      sql`UPDATE store_currency SET is_tax_inclusive = true WHERE store_id = ${store.id}::text AND currency_code = 'eur'`,
    )
    const [usdPrice, vipPrice, bulkPrice, eurPrice, eurPriceM] = await m.product.createProductVariantPrices([
      { variant_id: shirtS.id, currency_code: "usd", amount: 1500 },
      { variant_id: shirtS.id, currency_code: "usd", amount: 1200, rules: { region_id: vip.id } },
      { variant_id: shirtS.id, currency_code: "usd", amount: 900, min_quantity: 10 },
      { variant_id: shirtS.id, currency_code: "eur", amount: 12.5 },
      { variant_id: shirtM.id, currency_code: "eur", amount: 14 },
    ])

    const [l1, l2, l3] = await m.stock_location.createStockLocations([
      { name: "L1" },
      { name: "L2" },
      { name: "L3 (not linked)" },
    ])
    const [shirtItem, itemA, itemB] = await m.inventory.createInventoryItems([
      { sku: "shirt-s-item", title: "Shirt S" },
      { sku: "item-a", title: "A" },
      { sku: "item-b", title: "B" },
    ])
    await m.inventory.createInventoryLevels([
      { inventory_item_id: shirtItem.id, location_id: l1.id, stocked_quantity: 10, reserved_quantity: 3 },
      { inventory_item_id: shirtItem.id, location_id: l3.id, stocked_quantity: 100 },
      { inventory_item_id: itemA.id, location_id: l1.id, stocked_quantity: 20 },
      { inventory_item_id: itemB.id, location_id: l2.id, stocked_quantity: 30 },
    ])

    const sold = (product: Row, channel: Row) => ({
      product: { product_id: product.id },
      sales_channel: { sales_channel_id: channel.id },
    })
    const opens = (k: Row, channel: Row) => ({
      api_key: { publishable_key_id: k.id },
      sales_channel: { sales_channel_id: channel.id },
    })
    await tx.link.create([
      opens(key.web, web),
      opens(key.pos, pos),
      opens(key.off, off),
      opens(key.both, web),
      opens(key.both, pos),
      sold(shirt, web),
      sold(mug, web),
      sold(mug, pos),
      sold(hat, web),
      sold(lamp, pos),
      sold(ghost, off),
      sold(mixed, off),
      sold(mixed, web),
      sold(kit, web),
      sold(bare, web),
      { sales_channel: { sales_channel_id: web.id }, stock_location: { stock_location_id: l1.id } },
      { sales_channel: { sales_channel_id: web.id }, stock_location: { stock_location_id: l2.id } },
      { product: { variant_id: shirtS.id }, inventory: { inventory_item_id: shirtItem.id } },
      {
        product: { variant_id: kitVariant.id },
        inventory: { inventory_item_id: itemA.id },
        data: { required_quantity: 20 },
      },
      {
        product: { variant_id: kitVariant.id },
        inventory: { inventory_item_id: itemB.id },
        data: { required_quantity: 20 },
      },
    ])
    return {
      channels: { web, pos, off },
      keys: Object.fromEntries(Object.entries(key).map(([k, v]) => [k, v.token as string])) as Record<
        "web" | "pos" | "off" | "both" | "none",
        string
      >,
      products: { shirt, mug, hat, lamp, ghost, mixed, orphan, kit, bare },
      variants: { shirtS, shirtM, kitVariant, bareVariant, mugVariant, hatVariant, lampVariant },
      options: { size, small, medium },
      images,
      regions: { usd, eur, vip },
      prices: { usdPrice, vipPrice, bulkPrice, eurPrice, eurPriceM },
      store,
      locations: { l1, l2, l3 },
    }
  })
}
