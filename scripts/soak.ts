/**
 * `npm run soak -- --duration 60`: mixed admin and store load on loopback against a salesgraph
 * child process for a given time, reporting errors and the server's RSS over time (not in CI).
 *
 *   --duration <s>     how long the load runs (default 60)
 *   --interval <s>     seconds between report lines (default 5)
 *   --connections <n>  autocannon connections for the store reads (default 4; admin reads get half)
 *   --writers <n>      concurrent write loops: products, link batches, checkouts (default 2)
 *   --built            run the compiled CLI (dist/) instead of the sources through tsx
 *
 * The server runs on a fresh embedded PostgreSQL in a temporary directory, or on DATABASE_URL
 * when set (a fresh database made there and dropped at the end). Exits 1 when any request
 * failed with a 5xx or a transport error, or the server did not stop cleanly on SIGTERM.
 */
import autocannon from "autocannon"
import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { createFreeShipping } from "../src/http/store/carts/test-support/free-shipping.js"

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`)
  return value
}
const DURATION = arg("duration", 60)
const INTERVAL = arg("interval", 5)
const CONNECTIONS = arg("connections", 4)
const WRITERS = arg("writers", 2)
const BUILT = process.argv.includes("--built")
const ADMIN = { email: "soak@salesgraph.local", password: "soak-password" }

const cli = (args: string[]) =>
  BUILT ? ["bin/salesgraph.js", ...args] : ["--import", "tsx", "src/cli/main.ts", ...args]

interface Database {
  env: NodeJS.ProcessEnv
  label: string
  dispose(): Promise<void>
}

async function database(): Promise<Database> {
  const server = process.env.DATABASE_URL
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), "sg-soak-"))
    return {
      env: { SALESGRAPH_DATA_DIR: dir, DATABASE_URL: undefined },
      label: `embedded PostgreSQL in ${dir}`,
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  const name = `salesgraph_soak_${Date.now()}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(server)
  url.pathname = "/" + name
  return {
    env: { DATABASE_URL: url.toString() },
    label: `database ${name} on DATABASE_URL's server`,
    async dispose() {
      const c = new pg.Client({ connectionString: server })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
  }
}

function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]
    return kb ? Math.round(Number(kb) / 1024) : null
  } catch {
    return null
  }
}

async function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; key: string }> {
  const child = spawn(process.execPath, cli(["start"]), {
    env: { ...process.env, ...env, PORT: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  })
  return new Promise((resolve, reject) => {
    let out = ""
    child.stdout!.on("data", (d) => {
      out += d
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1]
      const key = /publishable API key: (pk_\w+)/.exec(out)?.[1]
      if (url && key) resolve({ child, url, key })
    })
    child.on("exit", (code) => reject(new Error(`salesgraph exited during start (${code}): ${out}`)))
  })
}

/** Counts answers by class; `take()` returns and resets the counts since the last call. */
class Tally {
  total = { requests: 0, ok: 0, client: 0, server: 0, errors: 0 }
  private window = { requests: 0, server: 0, errors: 0, client: 0 }
  readonly statuses = new Map<number, number>()
  /** the first failures (4xx and 5xx of the writers, transport errors), for the report */
  readonly samples: string[] = []

  status(code: number) {
    this.total.requests++
    this.window.requests++
    this.statuses.set(code, (this.statuses.get(code) ?? 0) + 1)
    if (code >= 500) {
      this.total.server++
      this.window.server++
    } else if (code >= 400) {
      this.total.client++
      this.window.client++
    } else this.total.ok++
  }

  error(what: string) {
    this.total.requests++
    this.total.errors++
    this.window.requests++
    this.window.errors++
    if (this.samples.length < 10) this.samples.push(what)
  }

  take() {
    const w = this.window
    this.window = { requests: 0, server: 0, errors: 0, client: 0 }
    return w
  }
}

async function main() {
  const db = await database()
  const env: Record<string, string | undefined> = { ...db.env, JWT_SECRET: randomBytes(32).toString("base64url") }
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k]
  const made = spawnSync(process.execPath, cli(["user", "-e", ADMIN.email, "-p", ADMIN.password]), {
    env: { ...process.env, ...env },
    encoding: "utf8",
  })
  if (made.status !== 0) throw new Error(`salesgraph user failed: ${made.stderr || made.stdout}`)
  const { child, url, key } = await start(env)
  const pid = child.pid!
  console.log(`soak: ${DURATION}s against ${url} (${db.label}), pid ${pid}`)
  const tally = new Tally()
  let exitCode = 0
  try {
    const token = (
      (await (
        await fetch(url + "/auth/user/emailpass", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(ADMIN),
        })
      ).json()) as { token: string }
    ).token
    const admin = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(url + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = (await res.json()) as any
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
      return json
    }
    const world = await setUp(admin)
    const storeHeaders = { "x-publishable-api-key": key }
    const adminHeaders = { authorization: `Bearer ${token}` }

    const rssSeries: { t: number; mb: number | null }[] = [{ t: 0, mb: rssMb(pid) }]
    const started = Date.now()
    const deadline = started + DURATION * 1000
    const cannon = (connections: number, headers: Record<string, string>, paths: string[]) => {
      const instance = autocannon({
        url,
        connections,
        duration: DURATION,
        headers,
        timeout: 30,
        requests: paths.map((path) => ({ method: "GET", path })),
      })
      instance.on("response", (_client: unknown, status: number) => tally.status(status))
      instance.on("reqError", (error: Error) => tally.error(`autocannon: ${error.message}`))
      return instance
    }
    const p = world.products
    const reads = [
      cannon(CONNECTIONS, storeHeaders, [
        "/store/products?fields=id,title&limit=20",
        `/store/products/${p[0]}?region_id=${world.region}`,
        `/store/products?region_id=${world.region}&fields=*variants.calculated_price&limit=10`,
        "/store/product-variants?limit=10",
        "/store/regions",
      ]),
      cannon(Math.max(1, Math.floor(CONNECTIONS / 2)), adminHeaders, [
        "/admin/products?limit=20&fields=id,title,sales_channels.id",
        "/admin/sales-channels",
        "/admin/orders?limit=10",
        `/admin/products/${p[1]}`,
        "/admin/api-keys",
      ]),
    ]
    const writers = Array.from({ length: WRITERS }, (_, w) => writeLoop(url, token, key, world, deadline, tally, w))
    const ticker = setInterval(() => {
      const t = Math.round((Date.now() - started) / 1000)
      const mb = rssMb(pid)
      rssSeries.push({ t, mb })
      const w = tally.take()
      console.log(
        `t=${String(t).padStart(4)}s  rss=${String(mb ?? "?").padStart(4)} MB  ` +
          `${String(Math.round(w.requests / INTERVAL)).padStart(5)} req/s  4xx=${w.client}  5xx=${w.server}  errors=${w.errors}`,
      )
    }, INTERVAL * 1000)
    await Promise.all([...reads, ...writers])
    clearInterval(ticker)
    rssSeries.push({ t: Math.round((Date.now() - started) / 1000), mb: rssMb(pid) })

    const mbs = rssSeries.map((s) => s.mb).filter((m): m is number => m !== null)
    const summary = {
      duration_s: DURATION,
      requests: tally.total.requests,
      "2xx/3xx": tally.total.ok,
      "4xx": tally.total.client,
      "5xx": tally.total.server,
      transport_errors: tally.total.errors,
      statuses: Object.fromEntries([...tally.statuses].sort(([a], [b]) => a - b)),
      rss_mb: { start: mbs[0], min: Math.min(...mbs), max: Math.max(...mbs), end: mbs[mbs.length - 1] },
      error_samples: tally.samples,
    }
    console.log(JSON.stringify(summary, null, 2))
    if (tally.total.server > 0 || tally.total.errors > 0) exitCode = 1
  } finally {
    const stopped = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode)
      child.on("exit", (code) => resolve(code))
      child.kill("SIGTERM")
    })
    if (stopped !== 0) {
      console.log(`the server did not stop cleanly on SIGTERM (exit ${stopped})`)
      exitCode = 1
    }
    await db.dispose()
  }
  process.exit(exitCode)
}

interface World {
  region: string
  variant: string
  /** free, from the stocked variant's location: its carts require shipping */
  shippingOption: string
  channels: string[]
  products: string[]
}

/** A region, a stocked variant at a location of the default channel, channels and products. */
async function setUp(admin: (method: string, path: string, body?: unknown) => Promise<any>): Promise<World> {
  const store = (await admin("GET", "/admin/stores")).stores[0]
  const channels: string[] = [store.default_sales_channel_id]
  for (let i = 0; i < 3; i++)
    channels.push((await admin("POST", "/admin/sales-channels", { name: `Soak ${i}` })).sales_channel.id)
  const region = (
    await admin("POST", "/admin/regions", {
      name: "US",
      currency_code: "usd",
      countries: ["us"],
      payment_providers: ["pp_system_default"],
    })
  ).region.id
  const location = (await admin("POST", "/admin/stock-locations", { name: "Soak warehouse" })).stock_location.id
  await admin("POST", `/admin/stock-locations/${location}/sales-channels`, { add: [store.default_sales_channel_id] })
  const profiles = await admin("GET", "/admin/shipping-profiles?type=default&fields=id")
  const shippingOption = await createFreeShipping(
    async (method, path, body) => ({ status: 200, body: await admin(method, path, body) }),
    {
      location_id: location,
      shipping_profile_id: profiles.shipping_profiles[0].id,
      countries: ["us"],
      currencies: ["usd"],
    },
  )
  const products: string[] = []
  let variant = ""
  for (let i = 0; i < 20; i++) {
    const product = (
      await admin("POST", "/admin/products", {
        title: `Soak ${i}`,
        status: "published",
        sales_channels: [{ id: store.default_sales_channel_id }],
        options: [{ title: "Size", values: ["S"] }],
        variants: [
          {
            title: "S",
            options: { Size: "S" },
            prices: [{ currency_code: "usd", amount: 10 + i }],
            manage_inventory: i === 0,
          },
        ],
      })
    ).product
    products.push(product.id)
    if (i === 0) {
      variant = product.variants[0].id
      const links = await admin(
        "GET",
        `/admin/products/${product.id}/variants/${variant}?fields=inventory_items.inventory_item_id`,
      )
      await admin(
        "POST",
        `/admin/inventory-items/${links.variant.inventory_items[0].inventory_item_id}/location-levels`,
        {
          location_id: location,
          stocked_quantity: 1_000_000,
        },
      )
    }
  }
  return { region, variant, shippingOption, channels, products }
}

/** Writes until the deadline: product creations, link batches and checkouts, one at a time. */
async function writeLoop(
  url: string,
  token: string,
  key: string,
  world: World,
  deadline: number,
  tally: Tally,
  seed: number,
) {
  let n = seed // writer w makes products w, w + WRITERS, … : handles never collide
  const call = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
    try {
      const res = await fetch(url + path, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      })
      const json = (await res.json()) as any
      tally.status(res.status)
      if (res.status >= 400 && tally.samples.length < 10)
        tally.samples.push(`${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
      return res.ok ? json : undefined
    } catch (error) {
      tally.error(`${method} ${path}: ${(error as Error).message}`)
      return undefined
    }
  }
  const admin = { authorization: `Bearer ${token}` }
  const store = { "x-publishable-api-key": key }
  for (let round = 0; Date.now() < deadline; round++) {
    n += WRITERS
    const kind = round % 3
    if (kind === 0) {
      await call(
        "POST",
        "/admin/products?fields=id",
        {
          title: `Soak written ${n}`,
          status: "published",
          sales_channels: [{ id: world.channels[n % world.channels.length] }],
          options: [{ title: "Size", values: ["S"] }],
          variants: [
            {
              title: "S",
              options: { Size: "S" },
              prices: [{ currency_code: "usd", amount: 5 }],
              manage_inventory: false,
            },
          ],
        },
        admin,
      )
    } else if (kind === 1) {
      const channel = world.channels[1 + (n % 3)]
      const add = world.products.filter((_, i) => (i + n) % 4 === 0)
      const remove = world.products.filter((_, i) => (i + n) % 4 === 2)
      await call("POST", `/admin/sales-channels/${channel}/products?fields=id`, { add, remove }, admin)
    } else {
      const cart = await call(
        "POST",
        "/store/carts?fields=id",
        {
          region_id: world.region,
          shipping_address: { country_code: "us" },
          items: [{ variant_id: world.variant, quantity: 1 }],
        },
        store,
      )
      if (!cart) continue
      const shipped = await call(
        "POST",
        `/store/carts/${cart.cart.id}/shipping-methods?fields=id`,
        { option_id: world.shippingOption },
        store,
      )
      if (!shipped) continue
      const collection = await call("POST", "/store/payment-collections", { cart_id: cart.cart.id }, store)
      if (!collection) continue
      await call(
        "POST",
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store,
      )
      await call("POST", `/store/carts/${cart.cart.id}/complete?fields=id`, {}, store)
    }
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
