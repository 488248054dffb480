import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { ident, sql } from "../../../framework/sql/sql.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { shippingOptionKeys } from "../../../test-support/response-keys.js"

const PRICE_KEYS = [
  "amount",
  "created_at",
  "currency_code",
  "deleted_at",
  "id",
  "max_quantity",
  "min_quantity",
  "price_list",
  "price_list_id",
  "price_rules",
  "price_set_id",
  "raw_amount",
  "raw_max_quantity",
  "raw_min_quantity",
  "rules_count",
  "title",
  "updated_at",
]
const RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" },
  { attribute: "is_return", value: "false", operator: "eq" },
]

describe("admin shipping options", () => {
  const { s, events } = serverSuite()
  let location: string, zone: string, region: string
  before(async () => {
    location = (await s.request("POST", "/admin/stock-locations", { body: { name: "Ships" } })).body.stock_location.id
    await s.request("POST", `/admin/stock-locations/${location}/fulfillment-providers`, {
      body: { add: ["manual_manual"] },
    })
    const set = await s.request(
      "POST",
      `/admin/stock-locations/${location}/fulfillment-sets?fields=fulfillment_sets.id`,
      { body: { name: "Ships", type: "shipping" } },
    )
    const setId = set.body.stock_location.fulfillment_sets[0].id
    const z = await s.request("POST", `/admin/fulfillment-sets/${setId}/service-zones`, {
      body: { name: "US", geo_zones: [{ type: "country", country_code: "us" }] },
    })
    zone = z.body.fulfillment_set.service_zones[0].id
    region = (
      await s.request("POST", "/admin/regions", { body: { name: "US", currency_code: "usd", countries: ["us"] } })
    ).body.region.id
  })

  const body = (extra: Record<string, unknown> = {}) => ({
    name: "Standard",
    service_zone_id: zone,
    shipping_profile_id: s.defaults.default_shipping_profile_id,
    price_type: "flat",
    provider_id: "manual_manual",
    type: { label: "Standard", description: "2-3 days", code: "standard" },
    prices: [
      { currency_code: "usd", amount: 10 },
      { region_id: region, amount: 15 },
    ],
    rules: RULES,
    ...extra,
  })
  const rows = async (table: string) =>
    Number(
      (
        await s.app.container.db.query<{ n: string }>(
          sql`SELECT count(*) AS n FROM ${ident(table)} WHERE deleted_at IS NULL`,
        )
      )[0].n,
    )
  const tables = [
    "shipping_option",
    "shipping_option_type",
    "shipping_option_rule",
    "shipping_option_price",
    "shipping_option_price_rule",
  ]
  const counts = async () => Promise.all(tables.map(rows))

  let optionId: string
  test("create: Medusa's default fields, a region price in the region's currency with a region_id price rule, rules as stored", async () => {
    events.length = 0
    const r = await s.request("POST", "/admin/shipping-options", { body: body() })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const option = r.body.shipping_option
    optionId = option.id
    assert.match(option.id, /^so_/)
    assert.deepEqual(
      Object.keys(option).sort(),
      shippingOptionKeys("created_at", "metadata", "shipping_profile", "updated_at"),
    )
    assert.deepEqual(
      [option.price_type, option.provider_id, option.service_zone_id, option.data],
      ["flat", "manual_manual", zone, null],
    )
    assert.deepEqual(option.service_zone.fulfillment_set, { id: option.service_zone.fulfillment_set_id })
    assert.deepEqual(
      [option.type.label, option.type.description, option.type.code],
      ["Standard", "2-3 days", "standard"],
    )
    assert.deepEqual(option.provider, { ...option.provider, id: "manual_manual", is_enabled: true })
    assert.deepEqual(
      option.rules.map((r: Record<string, unknown>) => [r.attribute, r.operator, r.value, r.shipping_option_id]).sort(),
      [
        ["enabled_in_store", "eq", "true", option.id],
        ["is_return", "eq", "false", option.id],
      ],
    )
    const byAmount = [...option.prices].sort((a, b) => a.amount - b.amount)
    assert.deepEqual(Object.keys(byAmount[0]).sort(), PRICE_KEYS)
    assert.deepEqual(
      byAmount.map((p) => [p.currency_code, p.amount, p.raw_amount, p.rules_count, p.price_set_id]),
      [
        ["usd", 10, { value: "10", precision: 20 }, 0, option.id.replace(/^so_/, "pset_")],
        ["usd", 15, { value: "15", precision: 20 }, 1, option.id.replace(/^so_/, "pset_")],
      ],
    )
    assert.deepEqual(
      byAmount[1].price_rules.map((r: Record<string, unknown>) => [
        r.attribute,
        r.operator,
        r.value,
        r.priority,
        r.price_id,
      ]),
      [["region_id", "eq", region, 0, byAmount[1].id]],
    )
    assert.deepEqual(
      events.filter((e) => e.name === "fulfillment.shipping-option.created").map((e) => e.data.id),
      [option.id],
    )
  })

  test("list: filters by stock location (through the zone's set), q, service zone; pagination", async () => {
    const byLocation = await s.request("GET", `/admin/shipping-options?stock_location_id=${location}&fields=name`)
    assert.deepEqual(byLocation.body, {
      shipping_options: [{ id: optionId, name: "Standard" }],
      count: 1,
      offset: 0,
      limit: 20,
    })
    const other = await s.request("GET", "/admin/shipping-options?stock_location_id=sloc_other&fields=name")
    assert.equal(other.body.count, 0)
    const q = await s.request("GET", `/admin/shipping-options?q=stand&service_zone_id=${zone}&fields=name`)
    assert.equal(q.body.count, 1)
    const profile = await s.request(
      "GET",
      `/admin/shipping-profiles/${s.defaults.default_shipping_profile_id}?fields=id,shipping_options.name`,
    )
    assert.deepEqual(profile.body.shipping_profile.shipping_options, [{ id: optionId, name: "Standard" }])
    const bad = await s.request("GET", "/admin/shipping-options?nope=1")
    assert.deepEqual([bad.status, bad.body.message], [400, "Invalid request: Unrecognized fields: 'nope'"])
  })

  test("create refusals, in Medusa's words and order, write nothing", async () => {
    const before = await counts()
    const cases: [Record<string, unknown>, number, string][] = [
      [body({ prices: undefined }), 400, "Invalid request: Field 'prices' is required"],
      [
        body({ type: undefined }),
        400,
        "Invalid request: Exactly one of 'type' or 'type_id' must be provided, but not both",
      ],
      [
        body({ type_id: "sotype_x" }),
        400,
        "Invalid request: Exactly one of 'type' or 'type_id' must be provided, but not both",
      ],
      [body({ prices: [{ amount: 1 }] }), 400, "Invalid request: Field 'prices, 0, currency_code' is required"],
      [
        body({ price_type: "weird" }),
        400,
        "Invalid request: Expected: 'calculated, flat' for field 'price_type', but got: 'weird'",
      ],
      [
        body({ rules: [{ attribute: "a", operator: "xx", value: "1" }] }),
        400,
        "Invalid request: Field 'rules, 0, operator' is required",
      ],
      [
        body({ prices: [{ region_id: "reg_nope", amount: 1 }] }),
        400,
        "Cannot create prices for non-existent regions. Region with ids [reg_nope] were not found.",
      ],
      [body({ price_type: "calculated" }), 400, "Cannot calcuate pricing for: [Standard] shipping option(s)."],
      [
        body({ service_zone_id: "serzo_nope" }),
        400,
        "Providers (manual_manual) are not enabled for the service location",
      ],
      [body({ provider_id: "nope_nope" }), 400, "Providers (nope_nope) are not enabled for the service location"],
      [
        body({ shipping_profile_id: "sp_nope" }),
        404,
        "You tried to set relationship shipping_profile_id: sp_nope, but such entity does not exist",
      ],
      [
        body({ type: undefined, type_id: "sotype_nope" }),
        404,
        "You tried to set relationship shipping_option_type_id: sotype_nope, but such entity does not exist",
      ],
    ]
    for (const [input, status, message] of cases) {
      const r = await s.request("POST", "/admin/shipping-options", { body: input })
      assert.deepEqual([r.status, r.body.message], [status, message], JSON.stringify(input))
    }
    assert.deepEqual(await counts(), before)
  })

  test("update: name, rules (kept by id, others dropped), prices replaced; a type object changes nothing (Medusa 2.21.2)", async () => {
    const current = (await s.request("GET", `/admin/shipping-options/${optionId}`)).body.shipping_option
    const enabled = current.rules.find((r: { attribute: string }) => r.attribute === "enabled_in_store")
    const r = await s.request("POST", `/admin/shipping-options/${optionId}`, {
      body: {
        name: "Standard 2",
        rules: [{ id: enabled.id, attribute: "enabled_in_store", operator: "eq", value: "false" }],
        prices: [{ currency_code: "usd", amount: 12 }],
        type: { label: "Express", code: "express" },
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const option = r.body.shipping_option
    assert.equal(option.name, "Standard 2")
    assert.deepEqual(
      option.rules.map((x: Record<string, unknown>) => [x.id, x.value]),
      [[enabled.id, "false"]],
    )
    assert.deepEqual(
      option.prices.map((p: Record<string, unknown>) => [p.currency_code, p.amount]),
      [["usd", 12]],
    )
    assert.equal(option.type.code, "standard")
    const calculated = await s.request("POST", `/admin/shipping-options/${optionId}`, {
      body: { price_type: "calculated" },
    })
    assert.deepEqual(
      [calculated.status, calculated.body.message],
      [400, "Cannot calcuate pricing for: [] shipping option(s)."],
    )
    const unknown = await s.request("POST", "/admin/shipping-options/so_nope", { body: { name: "x" } })
    assert.deepEqual(
      [unknown.status, unknown.body.message],
      [400, "Providers () are not enabled for the service location"],
    )
    const both = await s.request("POST", `/admin/shipping-options/${optionId}`, {
      body: { type_id: "a", type: { label: "a", code: "b" } },
    })
    assert.deepEqual(
      [both.status, both.body.message],
      [400, "Invalid request: Only one of 'type' or 'type_id' can be provided"],
    )
  })

  test("POST /admin/shipping-options/:id/rules/batch: create, update, delete; Medusa's envelope and refusals", async () => {
    const current = (await s.request("GET", `/admin/shipping-options/${optionId}?fields=rules.id,rules.attribute`)).body
      .shipping_option
    const enabled = current.rules.find((r: { attribute: string }) => r.attribute === "enabled_in_store")
    const path = `/admin/shipping-options/${optionId}/rules/batch`
    const r = await s.request("POST", path, {
      body: {
        create: [{ attribute: "customer_group", operator: "in", value: ["vip"] }],
        update: [{ id: enabled.id, attribute: "enabled_in_store", operator: "eq", value: "true" }],
        delete: ["sorul_nope"],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual(
      r.body.created.map((x: Record<string, unknown>) => [Object.keys(x).sort(), x.attribute]),
      [[["attribute", "id", "operator"], "customer_group"]],
    )
    assert.deepEqual(r.body.updated, [{ id: enabled.id, attribute: "enabled_in_store", operator: "eq" }])
    assert.deepEqual(r.body.deleted, { ids: ["sorul_nope"], object: "shipping_option_rule", deleted: true })
    const removed = await s.request("POST", path, { body: { delete: [r.body.created[0].id] } })
    assert.deepEqual(removed.body.deleted.ids, [r.body.created[0].id])
    const bad = await s.request("POST", path, {
      body: { update: [{ id: "sorul_nope", attribute: "a", operator: "eq", value: "1" }] },
    })
    assert.deepEqual([bad.status, bad.body.message], [404, 'ShippingOptionRule with id "sorul_nope" not found'])
    const noOption = await s.request("POST", "/admin/shipping-options/so_nope/rules/batch", {
      body: { create: [{ attribute: "a", operator: "eq", value: "1" }] },
    })
    assert.deepEqual(
      [noOption.status, noOption.body.message],
      [404, "You tried to set relationship shipping_option_id: so_nope, but such entity does not exist"],
    )
  })

  test("retrieve and delete: 404 in Medusa's words; a delete of an unknown id answers deleted", async () => {
    const missing = await s.request("GET", "/admin/shipping-options/so_nope")
    assert.deepEqual([missing.status, missing.body.message], [404, "Shipping Option with id: so_nope not found"])
    const r = await s.request("DELETE", `/admin/shipping-options/${optionId}`)
    assert.deepEqual(r.body, { id: optionId, object: "shipping_option", deleted: true })
    assert.equal((await s.request("GET", `/admin/shipping-options/${optionId}`)).status, 404)
    assert.deepEqual([await rows("shipping_option_rule"), await rows("shipping_option_price")], [0, 0])
    assert.equal((await s.request("DELETE", "/admin/shipping-options/so_nope")).body.deleted, true)
  })
})
