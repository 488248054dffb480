import assert from "node:assert/strict"
import { ConnectionLost, type Reply, type seededRandom } from "./salesgraph-process.js"
import { createFreeShipping } from "../../http/store/carts/test-support/free-shipping.js"

/**
 * The crash suite's workload and what the driver knows of it: which writes were acknowledged,
 * which were refused, and which were in flight when the process died (their outcome is read
 * back from the database after the restart).
 */

export type Call = (
  method: string,
  path: string,
  options?: { body?: unknown; token?: string; key?: string },
) => Promise<Reply>

export interface LinkLane {
  /** products this lane alone adds to and removes from channel C (so its ops are serial) */
  products: string[]
  /** each product's link to channel C as the lane knows it */
  linked: Map<string, boolean>
  /** the batch in flight when the process died: product → the state it asked for */
  pending?: Map<string, boolean>
}

export interface World {
  token: string
  key: string
  channels: { a: string; b: string; c: string; default: string }
  region: string
  variant: string
  item: string
  location: string
  /** a free shipping option from the location: the stocked variant requires shipping */
  shippingOption: string
  stocked: number
  lanes: LinkLane[]
  productCount: number
  /** handles of acknowledged product creations */
  ackedProducts: Set<string>
  /** handles of refused product creations: they must never exist */
  refusedHandles: Set<string>
  /** acknowledged completions */
  ackedOrders: Map<string, { orderId: string; quantity: number }>
  /** carts whose completion was refused: they must stay open */
  refusedCarts: Set<string>
  /** acknowledged cart creations */
  ackedCarts: Set<string>
  /** the cart whose completion was in flight when the process died */
  pendingCart?: string
}

const INSUFFICIENT = "insufficient_inventory"

function ok(r: Reply, what: string) {
  assert.equal(r.status, 200, `${what}: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

/** Channels, lane products, a region, a stocked variant at a location of the default channel. */
export async function setUpWorld(
  call: Call,
  token: string,
  key: string,
  laneCount: number,
  productsPerLane: number,
): Promise<World> {
  const admin = (method: string, path: string, body?: unknown) => call(method, path, { token, body })
  const channel = async (name: string) =>
    ok(await admin("POST", "/admin/sales-channels", { name }), "channel").sales_channel.id as string
  const [a, b, c] = [await channel("A"), await channel("B"), await channel("C")]
  const store = ok(await admin("GET", "/admin/stores"), "stores").stores[0]
  const lanes: LinkLane[] = []
  for (let l = 0; l < laneCount; l++) {
    const products: string[] = []
    for (let i = 0; i < productsPerLane; i++) {
      const p = ok(
        await admin("POST", "/admin/products", {
          title: `lane ${l} product ${i}`,
          options: [{ title: "Size", values: ["S"] }],
        }),
        "lane product",
      )
      products.push(p.product.id)
    }
    lanes.push({ products, linked: new Map(products.map((p) => [p, false])) })
  }
  const region = ok(
    await admin("POST", "/admin/regions", {
      name: "US",
      currency_code: "usd",
      countries: ["us"],
      payment_providers: ["pp_system_default"],
    }),
    "region",
  ).region.id
  const location = ok(await admin("POST", "/admin/stock-locations", { name: "Warehouse" }), "location").stock_location
    .id
  ok(
    await admin("POST", `/admin/stock-locations/${location}/sales-channels`, { add: [store.default_sales_channel_id] }),
    "location link",
  )
  const profiles = ok(await admin("GET", "/admin/shipping-profiles?type=default&fields=id"), "profiles")
  const stockProduct = ok(
    await admin("POST", "/admin/products", {
      title: "Stocked",
      status: "published",
      // the option's profile: Medusa completes a shipped line only with a method of its profile
      shipping_profile_id: profiles.shipping_profiles[0].id,
      sales_channels: [{ id: store.default_sales_channel_id }],
      options: [{ title: "Size", values: ["S"] }],
      variants: [
        { title: "S", options: { Size: "S" }, prices: [{ currency_code: "usd", amount: 10 }], manage_inventory: true },
      ],
    }),
    "stocked product",
  ).product
  const variant = stockProduct.variants[0].id
  const links = ok(
    await admin(
      "GET",
      `/admin/products/${stockProduct.id}/variants/${variant}?fields=inventory_items.inventory_item_id`,
    ),
    "variant",
  )
  const item = links.variant.inventory_items[0].inventory_item_id
  const shippingOption = await createFreeShipping(admin, {
    location_id: location,
    shipping_profile_id: profiles.shipping_profiles[0].id,
    countries: ["us"],
    currencies: ["usd"],
  })
  const stocked = 40
  ok(
    await admin("POST", `/admin/inventory-items/${item}/location-levels`, {
      location_id: location,
      stocked_quantity: stocked,
    }),
    "level",
  )
  return {
    token,
    key,
    channels: { a, b, c, default: store.default_sales_channel_id },
    region,
    variant,
    item,
    location,
    shippingOption,
    stocked,
    lanes,
    productCount: 0,
    ackedProducts: new Set(),
    refusedHandles: new Set(),
    ackedOrders: new Map(),
    refusedCarts: new Set(),
    ackedCarts: new Set(),
  }
}

type Rng = ReturnType<typeof seededRandom>

/** Bulk adds and removes of this lane's products on channel C, one batch at a time. */
export async function linkLane(world: World, lane: LinkLane, call: Call, rng: Rng, alive: () => boolean) {
  while (alive()) {
    const add = rng.subset(lane.products, 0.4)
    const remove = rng.subset(
      lane.products.filter((p) => !add.includes(p)),
      0.4,
    )
    if (add.length + remove.length === 0) continue
    lane.pending = new Map([...add.map((p) => [p, true] as const), ...remove.map((p) => [p, false] as const)])
    const r = await call("POST", `/admin/sales-channels/${world.channels.c}/products?fields=id`, {
      token: world.token,
      body: { add, remove },
    })
    ok(r, "batch link")
    for (const [p, v] of lane.pending) lane.linked.set(p, v)
    lane.pending = undefined
  }
}

/** Product creations with two channels; every fifth names a missing channel and is refused. */
export async function productLane(world: World, call: Call, alive: () => boolean) {
  while (alive()) {
    const n = ++world.productCount
    const refused = n % 5 === 0
    const handle = `${refused ? "refused" : "crash"}-${n}`
    const body = {
      title: handle,
      handle,
      status: "published",
      sales_channels: [{ id: world.channels.a }, { id: refused ? `sc_missing_${n}` : world.channels.b }],
      options: [{ title: "Size", values: ["S", "M"] }],
      variants: [
        { title: "S", options: { Size: "S" }, prices: [{ currency_code: "usd", amount: 5 }], manage_inventory: true },
        { title: "M", options: { Size: "M" }, prices: [{ currency_code: "usd", amount: 6 }], manage_inventory: true },
      ],
    }
    if (refused) world.refusedHandles.add(handle)
    const r = await call("POST", "/admin/products?fields=id", { token: world.token, body })
    if (refused) {
      assert.ok(r.status >= 400 && r.status < 500, `refused product: ${r.status} ${JSON.stringify(r.body)}`)
      assert.equal(typeof r.body.message, "string")
    } else {
      ok(r, "product")
      world.ackedProducts.add(handle)
    }
  }
}

function insufficient(r: Reply): boolean {
  return r.status === 400 && r.body?.code === INSUFFICIENT
}

/** Cart (with a free shipping method), payment collection, session, completion; over and over, until the stock runs out. */
export async function cartLane(world: World, call: Call, rng: Rng, alive: () => boolean) {
  const store = (method: string, path: string, body?: unknown) => call(method, path, { key: world.key, body })
  if (world.pendingCart) {
    // the completion in flight at the crash: completing again answers the order if it was made
    await complete(world, world.pendingCart, 0, store)
  }
  while (alive()) {
    const quantity = rng.int(1, 3)
    const created = await store("POST", "/store/carts?fields=id", {
      region_id: world.region,
      shipping_address: { country_code: "us" },
      items: [{ variant_id: world.variant, quantity }],
    })
    if (insufficient(created)) return
    const cartId = ok(created, "cart").cart.id as string
    world.ackedCarts.add(cartId)
    ok(
      await store("POST", `/store/carts/${cartId}/shipping-methods?fields=id`, { option_id: world.shippingOption }),
      "shipping method",
    )
    const collection = ok(await store("POST", "/store/payment-collections", { cart_id: cartId }), "collection")
      .payment_collection.id
    ok(
      await store("POST", `/store/payment-collections/${collection}/payment-sessions`, {
        provider_id: "pp_system_default",
      }),
      "session",
    )
    await complete(world, cartId, quantity, store)
  }
}

async function complete(
  world: World,
  cartId: string,
  quantity: number,
  store: (m: string, p: string, b?: unknown) => Promise<Reply>,
) {
  world.pendingCart = cartId
  const r = await store("POST", `/store/carts/${cartId}/complete?fields=id`)
  world.pendingCart = undefined
  if (insufficient(r)) {
    world.refusedCarts.add(cartId)
    return
  }
  const order = ok(r, "complete").order
  world.ackedOrders.set(cartId, { orderId: order.id, quantity })
}

export { ConnectionLost }
