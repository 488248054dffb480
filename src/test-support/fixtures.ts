import type { Container } from "../app/container.js"
import type { Executor } from "../db/executor.js"
import type { Sql } from "../framework/sql/sql.js"

/** An executor that counts the statements it runs (the Query design: one per graph call). */
export function countingExecutor(inner: Executor): Executor & { count: number; texts: string[] } {
  const wrapper = {
    count: 0,
    texts: [] as string[],
    inTransaction: inner.inTransaction,
    query<R>(statement: Sql, options?: { prepare?: boolean }) {
      wrapper.count++
      wrapper.texts.push(statement.compile().text)
      return inner.query<R>(statement, options)
    },
  }
  return wrapper
}

/**
 * The seed page in data: two channels, a key on the first, products in each, a location
 * linked to the first with stock for the first product, a cart and an order in the first.
 */
export async function seedGraph(c: Container) {
  return c.transaction(async (tx) => {
    const m = tx.modules
    const [web, pos] = await m.sales_channel.createSalesChannels([{ name: "Web" }, { name: "POS", is_disabled: true }])
    const [key] = await m.api_key.generateApiKeys([{ title: "web key", type: "publishable", created_by: "test" }])
    const [shirt, mug, hat] = await m.product.createProducts([
      { title: "Shirt", handle: "shirt", status: "published" },
      { title: "Mug", handle: "mug", status: "published" },
      { title: "Hat", handle: "hat", status: "draft" },
    ])
    const [shirtS, shirtM] = await m.product.createProductVariants([
      { title: "S", sku: "shirt-s", product_id: shirt.id },
      { title: "M", sku: "shirt-m", product_id: shirt.id, manage_inventory: false },
    ])
    const location = await m.stock_location.createStockLocations({ name: "Main warehouse" })
    const far = await m.stock_location.createStockLocations({ name: "Far warehouse" })
    const [item] = await m.inventory.createInventoryItems([{ sku: "shirt-s", title: "Shirt S" }])
    await m.inventory.createInventoryLevels([
      { inventory_item_id: item.id, location_id: location.id, stocked_quantity: 10, reserved_quantity: 3 },
      { inventory_item_id: item.id, location_id: far.id, stocked_quantity: 100 },
    ])
    await tx.link.create([
      { api_key: { publishable_key_id: key.id }, sales_channel: { sales_channel_id: web.id } },
      { product: { product_id: shirt.id }, sales_channel: { sales_channel_id: web.id } },
      { product: { product_id: mug.id }, sales_channel: { sales_channel_id: web.id } },
      { product: { product_id: mug.id }, sales_channel: { sales_channel_id: pos.id } },
      { product: { product_id: hat.id }, sales_channel: { sales_channel_id: pos.id } },
      { sales_channel: { sales_channel_id: web.id }, stock_location: { stock_location_id: location.id } },
      { product: { variant_id: shirtS.id }, inventory: { inventory_item_id: item.id } },
    ])
    const cart = await m.cart.createCarts({ currency_code: "usd", sales_channel_id: web.id })
    const order = await m.order.createOrders({ currency_code: "usd", sales_channel_id: web.id })
    return { web, pos, key, shirt, mug, hat, shirtS, shirtM, location, far, item, cart, order }
  })
}

/**
 * Rows for `createProducts`, one a handle in that order: published, titled as the handle with a
 * capital; `overrides` changes a handle's row (another title, a draft, a description).
 */
export function productRows(handles: string[], overrides: Record<string, Record<string, unknown>> = {}) {
  return handles.map((handle) => ({
    title: handle[0].toUpperCase() + handle.slice(1),
    handle,
    status: "published",
    ...overrides[handle],
  }))
}
