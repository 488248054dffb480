import assert from "node:assert/strict"
import { ident, sql, type Sql } from "../../../../framework/sql/sql.js"
import type { TestServer } from "../../../../test-support/http.js"

/** A product body most product and variant tests start from: two sizes, one managed variant. */
export const shirt = (extra: Record<string, unknown> = {}) => ({
  title: "Shirt",
  options: [{ title: "Size", values: ["S", "M"] }],
  variants: [
    {
      title: "S",
      sku: `sku-${Math.random().toString(36).slice(2, 10)}`,
      prices: [{ currency_code: "usd", amount: 10 }],
      options: { Size: "S" },
    },
    { title: "M", prices: [{ currency_code: "eur", amount: 12.5 }], options: { Size: "M" }, manage_inventory: false },
  ],
  ...extra,
})

/** A shirt variant of `size` (no prices) that needs `quantity` of inventory item `itemId` per unit; `extra` adds fields. */
export const variantNeeding = (
  size: string,
  itemId: string,
  quantity: number,
  extra: Record<string, unknown> = {},
) => ({
  title: size,
  prices: [],
  options: { Size: size },
  ...extra,
  inventory_items: [{ inventory_item_id: itemId, required_quantity: quantity }],
})

/** POST /admin/products, asserted to succeed: the product in Medusa's default shape. */
export async function createProduct(s: TestServer, body: Record<string, unknown>) {
  const r = await s.request("POST", "/admin/products", { body })
  assert.equal(r.status, 200, JSON.stringify(r.body))
  return r.body.product
}

/** How many rows of each table are live (not soft-deleted; every row of a pivot without `deleted_at`). */
export function liveRows(s: TestServer, tables: string[], pivots: string[] = []): Promise<number[]> {
  const count = async (table: string, live: Sql) =>
    Number(
      (await s.app.container.db.query<{ n: string }>(sql`SELECT count(*) AS n FROM ${ident(table)} WHERE ${live}`))[0]
        .n,
    )
  return Promise.all([
    ...tables.map((t) => count(t, sql`deleted_at IS NULL`)),
    ...pivots.map((t) => count(t, sql`TRUE`)),
  ])
}
