/**
 * Totals formula check against Medusa's own code: carts made on salesgraph (bench/tax/shop.ts),
 * given tax-inclusive lines, shipping methods and promotion adjustments directly in its database,
 * read back over HTTP, and the same carts' rows passed to Medusa 2.21.2's decorateCartTotals
 * (@medusajs/utils from the anchor's install). Prints a table; exits 1 when any total differs.
 *   SG_URL=http://127.0.0.1:9500 DATABASE_URL=postgres://…/salesgraph npx tsx bench/tax/formula-check.ts
 */
import { createRequire } from "node:module"
import pg from "pg"
import { connect, setUpShop } from "./shop.js"

const UTILS = "/work/shared/anchor/medusa/.work/app/node_modules/@medusajs/utils"
const { decorateCartTotals } = createRequire(import.meta.url)(UTILS) as {
  decorateCartTotals(cart: unknown): Record<string, unknown>
}
const TOTALS = [
  "total",
  "subtotal",
  "tax_total",
  "discount_total",
  "discount_tax_total",
  "shipping_total",
  "original_total",
]
const ITEM_FIELDS = "items.unit_price,items.quantity,items.is_tax_inclusive,items.tax_lines.rate,items.adjustments.*"
const METHOD_FIELDS =
  "shipping_methods.amount,shipping_methods.is_tax_inclusive,shipping_methods.tax_lines.rate,shipping_methods.adjustments.*"

const sg = await connect(process.env.SG_URL ?? "http://127.0.0.1:9500", "admin@example.com", "supersecret")
const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
await db.connect()
const shop = await setUpShop(sg)
const ADDRESSES = [{ country_code: "is" }, { country_code: "is", province: "is-1" }, { country_code: "no" }]

console.log(`| cart | inclusive | shipping | adjustments | ${TOTALS.join(" | ")} | same |`)
console.log(`|${" --- |".repeat(TOTALS.length + 5)}`)
let differ = 0
for (let n = 0; n < 20; n++) {
  const items = [0, 1, 2].map((k) => ({
    variant_id: shop.variants[(n + k) % shop.variants.length],
    quantity: 1 + ((n + k) % 3),
  }))
  const { cart } = await sg.store("POST", "/store/carts", {
    region_id: shop.regionId,
    items,
    shipping_address: ADDRESSES[n % 3],
  })
  const inclusive = n % 2 === 1
  const shipping = n % 4 < 2 ? Math.round((4.99 + n) * 100) / 100 : null
  const adjust = n % 3 !== 0
  if (inclusive) await db.query("UPDATE cart_line_item SET is_tax_inclusive = true WHERE cart_id = $1", [cart.id])
  if (shipping !== null)
    await db.query(
      `INSERT INTO cart_shipping_method (id, cart_id, name, amount, is_tax_inclusive) VALUES ($1, $2, 'check', $3, $4)`,
      [`casm_check${n}_${Date.now()}`, cart.id, shipping, inclusive],
    )
  if (adjust) {
    const { rows } = await db.query("SELECT id, quantity FROM cart_line_item WHERE cart_id = $1 ORDER BY id", [cart.id])
    for (const [i, row] of rows.entries())
      await db.query(
        `INSERT INTO cart_line_item_adjustment (id, item_id, amount, is_tax_inclusive, code) VALUES ($1, $2, $3, $4, 'CHECK')`,
        [`caliadj_check${n}_${i}_${Date.now()}`, row.id, 1.11 * (i + 1), i % 2 === 1],
      )
  }
  // taxes again now that the cart has a shipping method (the forced calculation of POST /taxes)
  const fields = [...TOTALS.map((t) => `+${t}`), ITEM_FIELDS, METHOD_FIELDS].join(",")
  const read = (await sg.store("POST", `/store/carts/${cart.id}/taxes?fields=${fields}`)).cart
  const medusa = JSON.parse(JSON.stringify(decorateCartTotals(structuredClone({ ...read, credit_lines: [] }))))
  const ours = TOTALS.map((t) => read[t])
  const theirs = TOTALS.map((t) => medusa[t])
  const same = JSON.stringify(ours) === JSON.stringify(theirs)
  if (!same) differ++
  const cells = ours.map((v, i) => (v === theirs[i] ? `${v}` : `${v} ≠ ${theirs[i]}`))
  console.log(
    `| ${n + 1} | ${inclusive ? "yes" : "no"} | ${shipping ?? "-"} | ${adjust ? "yes" : "-"} | ${cells.join(" | ")} | ${same ? "yes" : "NO"} |`,
  )
}
await db.end()
console.log(`\n${20 - differ} of 20 carts: salesgraph's SQL totals equal Medusa's decorateCartTotals`)
process.exitCode = differ ? 1 : 0
