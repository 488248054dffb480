import { adminApi, type Api } from "./admin-api.js"
import { placeDemoOrder } from "./demo-order.js"
import { salesgraph, startSalesgraph, type RunningSalesgraph } from "./salesgraph-process.js"

export const DEMO_ADMIN = { email: "admin@example.com", password: "supersecret" }

export interface DemoShop {
  server: RunningSalesgraph
  api: Api
  orderId: string
}

/** salesgraph on a fresh data dir, the demo seed, an admin user and one order placed as a shopper. */
export async function startDemoShop(): Promise<DemoShop> {
  const server = await startSalesgraph()
  try {
    await salesgraph(["seed"], server.env)
    await salesgraph(["user", "-e", DEMO_ADMIN.email, "-p", DEMO_ADMIN.password], server.env)
    const api = await adminApi(server.url, DEMO_ADMIN.email, DEMO_ADMIN.password)
    return { server, api, orderId: await placeDemoOrder(api) }
  } catch (error) {
    await server.stop()
    throw error
  }
}

/** One record of each kind the test opens a detail page of, as dashboard paths. */
export async function detailPages(shop: DemoShop): Promise<string[]> {
  const first = async (path: string, key: string) => (await shop.api.get(path))[key][0].id as string
  return [
    `/products/${await first("/admin/products?limit=1&fields=id", "products")}`,
    `/orders/${shop.orderId}`,
    `/customers/${await first("/admin/customers?limit=1&fields=id", "customers")}`,
    `/inventory/${await first("/admin/inventory-items?limit=1&fields=id", "inventory_items")}`,
    `/settings/sales-channels/${await first("/admin/sales-channels?limit=1&fields=id", "sales_channels")}`,
    `/settings/publishable-api-keys/${await first("/admin/api-keys?type=publishable&limit=1&fields=id", "api_keys")}`,
    `/settings/locations/${await first("/admin/stock-locations?limit=1&fields=id", "stock_locations")}`,
    `/settings/regions/${await first("/admin/regions?limit=1&fields=id", "regions")}`,
  ]
}
