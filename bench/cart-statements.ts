/**
 * `npx tsx bench/cart-statements.ts`: what one add-to-cart, one line-item update and one cart
 * completion cost, in process (Fastify `inject`, no socket): the statements each sends (each a
 * round trip) with their times, and the request's wall time, on the demo catalogue (`seed`).
 * EXPLAIN (ANALYZE, BUFFERS) of the last completion's two slowest statements. Each step runs R times on fresh carts; the report keeps the last round's statements and
 * every round's wall time and slowest statements. The log is process-wide: statements of the
 * server's background work (outbox delivery, statistics) that overlap a step are listed with it. Env: R=3 ONLY=server|embedded (default server)
 */
import { explainSlowest, logStatements, summarize, type LoggedStatement } from "./statement-log.js"
import { openApp } from "../src/app/app.js"
import { loadConfig } from "../src/app/config.js"
import { buildServer } from "../src/http/server.js"
import { seedDemoWorkflow } from "../src/workflows/seed/seed-demo.js"
import { benchDatabases } from "./databases.js"

const R = Number(process.env.R ?? 3)
const report: Record<string, unknown>[] = []
for (const db of await benchDatabases("bench_cart_statements", process.env.ONLY ?? "server")) {
  const app = await openApp(loadConfig({}, { databaseUrl: db.url, logLevel: "silent" }), { migrate: true })
  const server = await buildServer(app)
  try {
    const seed = await seedDemoWorkflow(app.container)
    const key = seed.keys[0].token
    const regionId = [...seed.regions.values()][0]
    const call = async (method: "GET" | "POST", url: string, payload?: object) => {
      const res = await server.inject({ method, url, payload, headers: { "x-publishable-api-key": key } })
      if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`)
      return res.json()
    }
    const { products } = await call("GET", `/store/products?limit=5&region_id=${regionId}&fields=id,*variants`)
    const variantId = products.find((p: any) => p.variants?.length).variants[0].id
    const runs: Record<string, ReturnType<typeof summarize>[]> = { add_to_cart: [], update_line_item: [], complete: [] }
    let lastComplete: LoggedStatement[] = []
    for (let round = 0; round < R; round++) {
      const { cart } = await call("POST", "/store/carts", { region_id: regionId })
      const add = await logStatements(() =>
        call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }),
      )
      const lineId = add.result.cart.items[0].id
      const update = await logStatements(() =>
        call("POST", `/store/carts/${cart.id}/line-items/${lineId}`, { quantity: 2 }),
      )
      const country = (await call("GET", `/store/regions/${regionId}`)).region.countries[0].iso_2
      const address = {
        first_name: "A",
        last_name: "B",
        address_1: "1 Main",
        city: "C",
        postal_code: "1",
        country_code: country,
      }
      await call("POST", `/store/carts/${cart.id}`, {
        email: "a@example.com",
        shipping_address: address,
        billing_address: address,
      })
      const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
      await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
      await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      const complete = await logStatements(() => call("POST", `/store/carts/${cart.id}/complete`))
      if (complete.result.type !== "order")
        throw new Error(`complete: ${JSON.stringify(complete.result).slice(0, 300)}`)
      runs.add_to_cart.push(summarize(add))
      runs.update_line_item.push(summarize(update))
      runs.complete.push(summarize(complete))
      lastComplete = complete.statements
    }
    const steps = Object.fromEntries(
      Object.entries(runs).map(([step, rs]) => [
        step,
        {
          wall_ms: rs.map((r) => r.wall_ms),
          waiting_on_postgres_ms: rs.map((r) => r.waiting_on_postgres_ms),
          slowest_per_round: rs.map((r) => [...r.each].sort((a, b) => parseFloat(b) - parseFloat(a)).slice(0, 3)),
          last: rs[rs.length - 1],
        },
      ]),
    )
    report.push({
      database: db.label,
      rounds: R,
      steps,
      explain_complete: await explainSlowest(db.url, lastComplete, 2),
    })
  } finally {
    await server.close()
    await app.close()
    await db.dispose()
  }
}
console.log(JSON.stringify(report, null, 2))
