import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { seedReport } from "../../src/cli/commands/seed.js"
import { testServer, type TestServer } from "../../src/test-support/http.js"
import {
  demoChannels,
  demoKeys,
  demoLocations,
  demoProducts,
  demoRegions,
  demoShippingLocations,
  demoShippingOptions,
  RETAIL,
  SHOP_FLOOR,
  WAREHOUSE,
  WEB,
} from "../../src/workflows/seed/demo-catalog.js"
import { demoRecordCount, seedDemoWorkflow, type SeedResult } from "../../src/workflows/seed/seed-demo.js"

const variants = demoProducts.flatMap((p) => p.variants)
const levels = variants.reduce((n, v) => n + Object.keys(v.stock).length, 0)

async function count(s: TestServer, table: string): Promise<number> {
  const { rows } = await s.app.core.pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE deleted_at IS NULL`)
  return rows[0].n
}

describe("salesgraph seed", () => {
  let s: TestServer
  let first: SeedResult
  const progress: number[] = []
  before(async () => {
    s = await testServer()
    first = await seedDemoWorkflow(s.app.container, { progress: (done) => progress.push(done) })
  })
  after(() => s.close())

  test("a first run creates the whole demo catalogue and reports it", async () => {
    assert.ok(demoProducts.length >= 20 && demoProducts.length <= 50)
    assert.deepEqual(first.created, {
      "sales channels": demoChannels.length,
      "publishable keys": demoKeys.length,
      "stock locations": demoLocations.length,
      regions: demoRegions.length,
      products: demoProducts.length,
      variants: variants.length,
      "inventory levels": levels,
      "fulfillment sets": demoShippingLocations().length,
      "service zones": demoShippingLocations().length,
      "shipping options": demoShippingLocations().length * demoShippingOptions.length,
    })
    assert.equal(
      Object.values(first.existing).reduce((a, b) => a + b, 0),
      0,
    )
    // progress climbs to the announced total
    assert.equal(progress.at(-1), demoRecordCount())
    assert.deepEqual(
      progress,
      [...progress].sort((a, b) => a - b),
    )
    // the defaults' channel plus the demo's; the default store's key plus one per storefront
    assert.equal(await count(s, "sales_channel"), 1 + demoChannels.length)
    assert.equal(await count(s, "api_key"), 1 + demoKeys.length)
    assert.equal(await count(s, "product"), demoProducts.length)
    assert.equal(await count(s, "product_variant"), variants.length)
    assert.equal(await count(s, "inventory_level"), levels)
    const report = seedReport(first, { host: "127.0.0.1", port: 9000 })
    assert.match(
      report,
      new RegExp(
        `created 3 sales channels, 2 publishable keys, 2 stock locations, 2 regions, ${demoProducts.length} products`,
      ),
    )
    for (const key of first.keys) assert.ok(report.includes(key.token))
    assert.ok(report.includes("http://127.0.0.1:9000/app"))
    assert.match(
      report,
      /curl -s 'http:\/\/127\.0\.0\.1:9000\/store\/products\?region_id=reg_\w+&.*' -H 'x-publishable-api-key: pk_\w+'/,
    )
  })

  test("the channels, keys, locations and region are wired as the demo says", async () => {
    const channels = (await s.request("GET", "/admin/sales-channels?limit=50&fields=name,is_disabled")).body
      .sales_channels
    assert.deepEqual(
      channels
        .filter((c: { name: string }) => demoChannels.some((d) => d.name === c.name))
        .map((c: { name: string; is_disabled: boolean }) => [c.name, c.is_disabled])
        .sort(),
      demoChannels.map((c) => [c.name, c.is_disabled]).sort(),
    )
    const locations = (await s.request("GET", "/admin/stock-locations?fields=name,*sales_channels")).body
      .stock_locations
    const channelsOf = (name: string) =>
      locations
        .find((l: { name: string }) => l.name === name)
        .sales_channels.map((c: { name: string }) => c.name)
        .sort()
    assert.deepEqual(
      channelsOf(WAREHOUSE),
      demoLocations
        .find((l) => l.name === WAREHOUSE)!
        .channels.slice()
        .sort(),
    )
    assert.deepEqual(channelsOf(SHOP_FLOOR), [RETAIL])
    const regions = (await s.request("GET", "/admin/regions?fields=name,currency_code,*countries,*payment_providers"))
      .body.regions
    const us = regions.find((r: { name: string }) => r.name === "United States")
    assert.equal(us.currency_code, "usd")
    assert.deepEqual(
      us.countries.map((c: { iso_2: string }) => c.iso_2),
      ["us"],
    )
    assert.deepEqual(
      us.payment_providers.map((p: { id: string }) => p.id),
      ["pp_system_default"],
    )
    // the region's currency joins the store's; eur stays the default
    const [store] = (await s.request("GET", "/admin/stores?fields=*supported_currencies")).body.stores
    assert.deepEqual(
      store.supported_currencies
        .map((c: { currency_code: string; is_default: boolean }) => [c.currency_code, c.is_default])
        .sort(),
      [
        ["eur", true],
        ["usd", false],
      ],
    )
  })

  test("each storefront location ships to every region's countries with a standard and an express option", async () => {
    assert.deepEqual(
      demoShippingLocations()
        .map((l) => l.name)
        .sort(),
      [SHOP_FLOOR, WAREHOUSE],
    )
    const fields =
      "name,fulfillment_providers.id,fulfillment_sets.type,fulfillment_sets.service_zones.geo_zones.country_code"
    const locations = (await s.request("GET", `/admin/stock-locations?fields=${fields}`)).body.stock_locations
    const countries = demoRegions.flatMap((r) => r.countries).sort()
    for (const name of [WAREHOUSE, SHOP_FLOOR]) {
      const location = locations.find((l: { name: string }) => l.name === name)
      assert.deepEqual(
        location.fulfillment_providers.map((p: { id: string }) => p.id),
        ["manual_manual"],
      )
      assert.equal(location.fulfillment_sets.length, 1)
      assert.equal(location.fulfillment_sets[0].type, "shipping")
      const [zone] = location.fulfillment_sets[0].service_zones
      assert.deepEqual(zone.geo_zones.map((g: { country_code: string }) => g.country_code).sort(), countries)
    }
    const profile = (await s.request("GET", "/admin/shipping-profiles?type=default")).body.shipping_profiles[0]
    const options = (
      await s.request(
        "GET",
        "/admin/shipping-options?limit=50&fields=name,shipping_profile_id,provider_id,*prices,*rules,type.code",
      )
    ).body.shipping_options
    assert.equal(options.length, 4)
    for (const option of options) {
      assert.equal(option.shipping_profile_id, profile.id)
      assert.equal(option.provider_id, "manual_manual")
      const demo = demoShippingOptions.find((o) => o.name === option.name)!
      assert.equal(option.type.code, demo.type.code)
      const prices = option.prices
        .map((p: { currency_code: string; amount: number }) => [p.currency_code, p.amount])
        .sort()
      assert.deepEqual(prices, [
        ["eur", demo.amount],
        ["usd", demo.amount],
      ])
      assert.deepEqual(option.rules.map((r: { attribute: string; value: string }) => [r.attribute, r.value]).sort(), [
        ["enabled_in_store", "true"],
        ["is_return", "false"],
      ])
    }
    // every seeded product carries the default profile, so a cart of them can ship
    const products = (await s.request("GET", "/admin/products?limit=100&fields=id,shipping_profile.id")).body.products
    assert.equal(products.length, demoProducts.length)
    for (const p of products) assert.equal(p.shipping_profile?.id, profile.id)
  })

  test("a shopper's cart of each storefront gets the two options of its channel's location", async () => {
    for (const [i, key] of first.keys.entries()) {
      const region = first.regions.get(i === 0 ? "Europe" : "United States")!
      const country = i === 0 ? "fr" : "us"
      const cart = await s.request("POST", "/store/carts", {
        key: key.token,
        token: null,
        body: { region_id: region, shipping_address: { country_code: country } },
      })
      assert.equal(cart.status, 200)
      const listed = await s.request("GET", `/store/shipping-options?cart_id=${cart.body.cart.id}`, {
        key: key.token,
        token: null,
      })
      const names = listed.body.shipping_options.map((o: { name: string }) => o.name).sort()
      assert.deepEqual(names, ["Express Shipping", "Standard Shipping"])
      const location = listed.body.shipping_options.map(
        (o: { service_zone: { fulfillment_set: { location: { id: string } } } }) =>
          o.service_zone.fulfillment_set.location.id,
      )
      const expected = (
        await s.request(
          "GET",
          `/admin/stock-locations?name=${encodeURIComponent(i === 0 ? WAREHOUSE : SHOP_FLOOR)}&fields=id`,
        )
      ).body.stock_locations[0].id
      assert.deepEqual(new Set(location), new Set([expected]))
      const standard = listed.body.shipping_options.find((o: { name: string }) => o.name === "Standard Shipping")
      assert.equal(standard.amount, 10)
    }
  })

  test("each storefront key sees its channel's published products with that channel's stock and prices", async () => {
    const [web, retail] = first.keys
    // a product launching in the Web shop next week (the channel-listing example) is not listed there yet
    const inWeb = demoProducts.filter((p) => p.channels.includes(WEB) && !p.launches?.some((l) => l.channel === WEB))
    const inRetail = demoProducts.filter((p) => p.channels.includes(RETAIL))
    const webList = await s.request("GET", "/store/products?limit=100&fields=handle", { key: web.token, token: null })
    assert.equal(webList.body.count, inWeb.length)
    const retailList = await s.request("GET", "/store/products?limit=100&fields=handle", {
      key: retail.token,
      token: null,
    })
    assert.deepEqual(
      retailList.body.products.map((p: { handle: string }) => p.handle).sort(),
      inRetail.map((p) => p.handle).sort(),
    )

    const tee = demoProducts.find((p) => p.channels.includes(WEB) && p.channels.includes(RETAIL) && !p.launches)!
    const region = first.regions.get("United States")!
    const read = async (key: string) =>
      (
        await s.request(
          "GET",
          `/store/products?handle=${tee.handle}&region_id=${region}&fields=variants.sku,variants.calculated_price.calculated_amount,%2Bvariants.inventory_quantity`,
          { key, token: null },
        )
      ).body.products[0]
    const viaWeb = await read(web.token)
    const viaRetail = await read(retail.token)
    for (const v of tee.variants) {
      const w = viaWeb.variants.find((x: { sku: string }) => x.sku === v.sku)
      const r = viaRetail.variants.find((x: { sku: string }) => x.sku === v.sku)
      assert.equal(w.inventory_quantity, v.stock[WAREHOUSE])
      assert.equal(r.inventory_quantity, v.stock[SHOP_FLOOR])
      assert.equal(w.calculated_price.calculated_amount, v.prices.find((p) => p.currency_code === "usd")!.amount)
    }
  })

  test("the Retail store sells a few products at its own prices (a sales_channel_id price rule)", async () => {
    const [web, retail] = first.keys
    const region = first.regions.get("United States")!
    const own = demoProducts.filter((p) => p.variants[0].prices.some((price) => price.channel === RETAIL))
    assert.ok(own.length >= 2)
    for (const p of own) {
      const usd = (channel?: string) =>
        p.variants[0].prices.find((price) => price.currency_code === "usd" && price.channel === channel)!.amount
      const read = async (key: string) =>
        (
          await s.request(
            "GET",
            `/store/products?handle=${p.handle}&region_id=${region}&fields=variants.calculated_price.calculated_amount`,
            { key, token: null },
          )
        ).body.products[0].variants[0].calculated_price.calculated_amount
      assert.notEqual(usd(RETAIL), usd(undefined))
      assert.equal(await read(web.token), usd(undefined))
      assert.equal(await read(retail.token), usd(RETAIL))
    }
  })

  test("a second run finds everything, writes nothing and says so", async () => {
    const before = await s.app.core.pool.query("SELECT count(*)::int AS n FROM event_outbox")
    const again = await seedDemoWorkflow(s.app.container)
    assert.equal(
      Object.values(again.created).reduce((a, b) => a + b, 0),
      0,
    )
    assert.deepEqual(again.existing, first.created)
    assert.deepEqual(again.keys, first.keys)
    // no workflow wrote anything: not one event
    const after = await s.app.core.pool.query("SELECT count(*)::int AS n FROM event_outbox")
    assert.equal(after.rows[0].n, before.rows[0].n)
    assert.equal(await count(s, "product"), demoProducts.length)
    assert.match(
      seedReport(again, { host: "0.0.0.0", port: 9100 }),
      /already in place: nothing created \(found 3 sales channels/,
    )
    assert.ok(seedReport(again, { host: "0.0.0.0", port: 9100 }).includes("http://127.0.0.1:9100/app"))
  })

  test("a run after a partial catalogue creates only what is missing, and leaves changes alone", async () => {
    const victim = demoProducts[3]
    const id = (await s.request("GET", `/admin/products?handle=${victim.handle}&fields=id`)).body.products[0].id
    assert.equal((await s.request("DELETE", `/admin/products/${id}`)).status, 200)
    const renamed = (await s.request("GET", `/admin/products?handle=${demoProducts[0].handle}&fields=id`)).body
      .products[0].id
    await s.request("POST", `/admin/products/${renamed}`, {
      body: { title: "Renamed by the merchant", shipping_profile_id: null },
    })

    const us = first.regions.get("United States")!
    const bare = await s.request("POST", `/admin/regions/${us}?fields=*payment_providers`, {
      body: { payment_providers: [] },
    })
    assert.deepEqual(bare.body.region.payment_providers, [])

    const again = await seedDemoWorkflow(s.app.container)
    assert.equal(again.created.products, 1)
    // every demo region takes the manual payment again
    const region = (await s.request("GET", `/admin/regions/${us}?fields=*payment_providers`)).body.region
    assert.deepEqual(
      region.payment_providers.map((p: { id: string }) => p.id),
      ["pp_system_default"],
    )
    assert.equal(again.created.variants, victim.variants.length)
    // deleting the product deleted its inventory items (as Medusa does): new items, new levels
    assert.equal(
      again.created["inventory levels"],
      victim.variants.reduce((n, v) => n + Object.keys(v.stock).length, 0),
    )
    assert.equal(
      again.created["sales channels"] +
        again.created["publishable keys"] +
        again.created.regions +
        again.created["shipping options"],
      0,
    )
    const title = (await s.request("GET", `/admin/products/${renamed}?fields=title`)).body.product.title
    assert.equal(title, "Renamed by the merchant")
    // a demo product without a shipping profile (an older seed's) gets the default one back
    const profile = (await s.request("GET", `/admin/products/${renamed}?fields=shipping_profile.id`)).body.product
      .shipping_profile
    assert.equal(
      profile?.id,
      (await s.request("GET", "/admin/shipping-profiles?type=default")).body.shipping_profiles[0].id,
    )
    const product = (await s.request("GET", `/admin/products?handle=${victim.handle}&fields=id`)).body.products[0]
    // the admin variants route's inventory_quantity: the total over every location
    const restored = (await s.request("GET", `/admin/products/${product.id}/variants?fields=sku,%2Binventory_quantity`))
      .body.variants
    assert.equal(restored.length, victim.variants.length)
    const expected = (sku: string) =>
      Object.values(victim.variants.find((v) => v.sku === sku)!.stock).reduce((a, b) => a + b, 0)
    for (const v of restored) assert.equal(v.inventory_quantity, expected(v.sku))
  })
})
