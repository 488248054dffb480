/**
 * Promotions and taxes totals cross-check: the same 20 carts (two regions, tax-exclusive and
 * tax-inclusive, a province override, a product-type rate, shipping options, codes and automatic
 * promotions of every kind) on salesgraph and on the Medusa anchor, over HTTP only. Compares every
 * total Medusa answers on the cart, its lines and shipping methods, and the adjustments; then
 * completes a few of the carts on both and compares the orders' totals. Prints a Markdown table
 * and the differing fields; exits 1 when any differ.
 *   SG_URL=http://127.0.0.1:9517 ANCHOR_URL=http://127.0.0.1:9100 npx tsx bench/promotions/cross-check.ts
 */
import { connect, type Api } from "../tax/shop.js"
import { CARTS, describeCart, makeCart } from "./carts.js"
import { setUpPromoShop, type PromoShop } from "./shop.js"
import { CART_FIELDS, differences, flatten, ORDER_FIELDS } from "./totals.js"

/** cart numbers (1-based) completed on both servers */
const COMPLETED = [2, 10, 12, 17, 18]

async function cartTotals(api: Api, shop: PromoShop, n: number) {
  try {
    const id = await makeCart(api, shop, CARTS[n])
    const { cart } = await api.store("GET", `/store/carts/${id}?fields=${CART_FIELDS}`)
    delete cart.payment_collection
    return { id, cart, flat: flatten(cart) }
  } catch (e) {
    return { id: "", cart: { total: "error" }, flat: { error: (e as Error).message } }
  }
}

async function complete(api: Api, cartId: string) {
  const { payment_collection } = await api.store("POST", "/store/payment-collections", { cart_id: cartId })
  await api.store("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const done = await api.store("POST", `/store/carts/${cartId}/complete`)
  if (done.type !== "order") throw new Error(`cart ${cartId} not completed: ${JSON.stringify(done.error)}`)
  const { order } = await api.admin("GET", `/admin/orders/${done.order.id}?fields=${ORDER_FIELDS}`)
  return flatten(order) as Record<string, unknown>
}

const env = (name: string, fallback: string) => process.env[name] ?? fallback
const sg = await connect(env("SG_URL", "http://127.0.0.1:9517"), "admin@example.com", "supersecret")
const anchor = await connect(env("ANCHOR_URL", "http://127.0.0.1:9100"), "admin@example.com", "supersecret")
const [sgShop, anchorShop] = [await setUpPromoShop(sg), await setUpPromoShop(anchor)]

console.log("| cart | what it has | promotions applied | Medusa total | salesgraph total | fields compared | match |")
console.log("| --- | --- | --- | --- | --- | --- | --- |")
const details: string[] = []
const carts: { sg: string; anchor: string }[] = []
let same = 0
for (let n = 0; n < CARTS.length; n++) {
  const [a, b] = [await cartTotals(anchor, anchorShop, n), await cartTotals(sg, sgShop, n)]
  carts.push({ sg: b.id, anchor: a.id })
  const diff = differences(a.flat, b.flat)
  if (!diff.length) same++
  else details.push(`- cart ${n + 1}:\n${diff.map((d) => `  - ${d}`).join("\n")}`)
  const applied = (a.cart.promotions ?? []).map((p: { code: string }) => p.code).sort()
  const sgApplied = (b.cart.promotions ?? []).map((p: { code: string }) => p.code).sort()
  const codes = applied.join(" ") === sgApplied.join(" ") ? applied.join(" ") : `${applied} ≠ ${sgApplied}`
  const row = [n + 1, describeCart(CARTS[n]), codes || "-", a.cart.total, b.cart.total, Object.keys(a.flat).length]
  console.log(`| ${row.join(" | ")} | ${diff.length ? `NO (${diff.length} fields)` : "yes"} |`)
}
console.log(`\n${same} of ${CARTS.length} carts have identical totals on salesgraph and Medusa 2.21.2\n`)

console.log("| completed cart | Medusa order total | salesgraph order total | fields compared | match |")
console.log("| --- | --- | --- | --- | --- |")
let ordersSame = 0
for (const n of COMPLETED) {
  const attempt = (api: Api, id: string) =>
    complete(api, id).catch((e: Error): Record<string, unknown> => ({ error: e.message }))
  const [a, b] = [await attempt(anchor, carts[n - 1].anchor), await attempt(sg, carts[n - 1].sg)]
  const diff = differences(a, b)
  if (!diff.length) ordersSame++
  else details.push(`- order of cart ${n}:\n${diff.map((d) => `  - ${d}`).join("\n")}`)
  console.log(
    `| ${n} | ${a.total ?? a.error} | ${b.total ?? b.error} | ${Object.keys(a).length} | ${diff.length ? "NO" : "yes"} |`,
  )
}
console.log(`\n${ordersSame} of ${COMPLETED.length} orders have identical totals\n`)
if (details.length) console.log(`Differences:\n${details.join("\n")}`)
process.exitCode = same === CARTS.length && ordersSame === COMPLETED.length ? 0 : 1
