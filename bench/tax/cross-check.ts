/**
 * Totals cross-check: the same 20 carts (mixed countries, a province, a product-type rate, odd
 * prices and quantities) on salesgraph and on the Medusa anchor; prints a table of each cart's
 * totals on both and exits 1 when any differ.
 *   SG_URL=http://127.0.0.1:9500 ANCHOR_URL=http://127.0.0.1:9100 npx tsx bench/tax/cross-check.ts
 */
import { connect, setUpShop, type Api, type Shop } from "./shop.js"

const FIELDS = [
  "total",
  "subtotal",
  "tax_total",
  "original_tax_total",
  "original_total",
  "item_total",
  "item_subtotal",
  "item_tax_total",
  "discount_total",
]
const ADDRESSES = [
  { country_code: "is" },
  { country_code: "is", province: "IS-1" },
  { country_code: "no" },
  { country_code: "dk" },
]

/** Cart n's lines: 1 to 3 of the shop's variants, quantities 1 to 3, the same on both servers. */
function cartInput(n: number, shop: Shop) {
  const count = 1 + (n % 3)
  const items = Array.from({ length: count }, (_, k) => ({
    variant_id: shop.variants[(n + k * 2) % shop.variants.length],
    quantity: 1 + ((n + k) % 3),
  }))
  return { region_id: shop.regionId, items, shipping_address: ADDRESSES[n % ADDRESSES.length] }
}

async function cartTotals(api: Api, shop: Shop, n: number) {
  const { cart } = await api.store("POST", "/store/carts", cartInput(n, shop))
  const fields = [...FIELDS, "items.tax_lines.rate", "items.tax_lines.code"].map((f) => `+${f}`).join(",")
  const read = (await api.store("GET", `/store/carts/${cart.id}?fields=${fields}`)).cart
  const rates = read.items.map((i: any) => i.tax_lines.map((t: any) => `${t.rate} %`).join(" + ") || "-")
  return { totals: FIELDS.map((f) => read[f] as number), rates: rates.sort().join(", ") }
}

const env = (name: string, fallback: string) => process.env[name] ?? fallback
const sg = await connect(env("SG_URL", "http://127.0.0.1:9500"), "admin@example.com", "supersecret")
const anchor = await connect(env("ANCHOR_URL", "http://127.0.0.1:9100"), "admin@example.com", "supersecret")
const [sgShop, anchorShop] = [await setUpShop(sg), await setUpShop(anchor)]

console.log(`| cart | address | tax lines | ${FIELDS.join(" | ")} | same |`)
console.log(`|${" --- |".repeat(FIELDS.length + 4)}`)
let differ = 0
for (let n = 0; n < 20; n++) {
  const [a, b] = [await cartTotals(sg, sgShop, n), await cartTotals(anchor, anchorShop, n)]
  const same = JSON.stringify(a) === JSON.stringify(b)
  if (!same) differ++
  const address = Object.values(ADDRESSES[n % ADDRESSES.length]).join("/")
  const cells = a.totals.map((v, i) => (v === b.totals[i] ? `${v}` : `${v} ≠ ${b.totals[i]}`))
  const rates = a.rates === b.rates ? a.rates : `${a.rates} ≠ ${b.rates}`
  console.log(`| ${n + 1} | ${address} | ${rates} | ${cells.join(" | ")} | ${same ? "yes" : "NO"} |`)
}
console.log(`\n${20 - differ} of 20 carts have identical totals on salesgraph and Medusa 2.21.2`)
process.exitCode = differ ? 1 : 0
