import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

// shapes and messages checked side by side with Medusa 2.21.2
describe("admin promotions and campaigns", () => {
  const { s } = serverSuite()

  test("a campaign with a usage budget, a promotion in it with rules and target rules", async () => {
    const camp = await s.request("POST", "/admin/campaigns", {
      body: { name: "Spring", campaign_identifier: "spring", budget: { type: "usage", limit: 5 } },
    })
    assert.equal(camp.status, 200, JSON.stringify(camp.body))
    const campaign = camp.body.campaign
    assert.match(campaign.id, /^procamp_/)
    assert.deepEqual(
      [campaign.budget.type, campaign.budget.limit, campaign.budget.used, campaign.budget.currency_code],
      ["usage", 5, 0, null],
    )
    const created = await s.request("POST", "/admin/promotions", {
      body: {
        code: "SPRING10",
        type: "standard",
        status: "active",
        campaign_id: campaign.id,
        application_method: {
          type: "percentage",
          target_type: "items",
          allocation: "each",
          value: 10,
          max_quantity: 2,
          target_rules: [{ attribute: "items.product.id", operator: "in", values: ["prod_x"] }],
        },
        rules: [{ attribute: "currency_code", operator: "in", values: ["eur"] }],
      },
    })
    assert.equal(created.status, 200, JSON.stringify(created.body))
    const p = created.body.promotion
    assert.deepEqual(
      [p.code, p.is_automatic, p.is_tax_inclusive, p.type, p.limit, p.used, p.status, p.campaign_id],
      ["SPRING10", false, false, "standard", null, 0, "active", campaign.id],
    )
    assert.deepEqual(
      p.rules.map((r: { attribute: string; values: unknown }) => [r.attribute, r.values]),
      [["currency_code", [{ value: "eur" }]]],
    )
    const am = p.application_method
    assert.deepEqual(
      [am.type, am.target_type, am.allocation, am.value, am.max_quantity],
      ["percentage", "items", "each", 10, 2],
    )
    assert.deepEqual(am.target_rules[0].values, [{ value: "prod_x" }])
    assert.deepEqual(am.buy_rules, [])
    assert.equal(p.campaign.budget.limit, 5)

    const dup = await s.request("POST", "/admin/promotions", {
      body: {
        code: "SPRING10",
        type: "standard",
        application_method: { type: "fixed", target_type: "order", value: 5 },
      },
    })
    assert.deepEqual(dup.body, { type: "invalid_data", message: "Promotion with code: SPRING10, already exists." })
    const batch = await s.request("POST", `/admin/promotions/${p.id}/rules/batch`, {
      body: { create: [{ attribute: "region_id", operator: "eq", values: ["reg_1"] }] },
    })
    assert.equal(batch.status, 200, JSON.stringify(batch.body))
    assert.deepEqual(batch.body.created[0].values, [{ value: "reg_1" }])
    assert.deepEqual(batch.body.deleted, { ids: [], object: "promotion-rule", deleted: true })
    const stored = await s.request("GET", `/admin/promotions/${p.id}?fields=rules.attribute`)
    assert.equal(stored.body.promotion.rules.length, 2)
    // as the dashboard's form reads them (Medusa): region_id is no attribute of its map, currency_code a disguised one
    const rules = await s.request("GET", `/admin/promotions/${p.id}/rules`)
    assert.deepEqual(rules.body.rules, [])
    const list = await s.request("GET", "/admin/promotions?code=SPRING10")
    assert.equal(list.body.count, 1)
    assert.equal(list.body.limit, 50)
    const updated = await s.request("POST", `/admin/promotions/${p.id}`, {
      body: { status: "inactive", application_method: { value: 15 } },
    })
    assert.deepEqual([updated.body.promotion.status, updated.body.promotion.application_method.value], ["inactive", 15])
    assert.deepEqual((await s.request("DELETE", `/admin/promotions/${p.id}`)).body, {
      id: p.id,
      object: "promotion",
      deleted: true,
    })
    assert.deepEqual((await s.request("GET", `/admin/promotions/${p.id}`)).body, {
      type: "not_found",
      message: `Promotion with id or code: ${p.id} was not found`,
    })
  })

  test("Medusa's refusals: unknown campaign, buyget without buy rules, order target rules, duplicate identifier", async () => {
    const method = { type: "fixed", target_type: "items", allocation: "each", value: 5 }
    const noCampaign = await s.request("POST", "/admin/promotions", {
      body: { code: "X1", type: "standard", campaign_id: "procamp_nope", application_method: method },
    })
    assert.equal(noCampaign.status, 404)
    assert.equal(noCampaign.body.message, "Could not find campaign with id - procamp_nope")
    const buyget = await s.request("POST", "/admin/promotions", {
      body: { code: "X2", type: "buyget", application_method: method },
    })
    assert.deepEqual(buyget.body, {
      type: "invalid_data",
      message: "Invalid request: Buyget promotions require at least one buy rule and quantities to be defined",
    })
    const orderRules = await s.request("POST", "/admin/promotions", {
      body: {
        code: "X3",
        type: "standard",
        application_method: {
          ...method,
          target_type: "order",
          allocation: "across",
          target_rules: [{ attribute: "x", operator: "in", values: ["a"] }],
        },
      },
    })
    assert.equal(orderRules.body.message, "Target rules for application method with target type (order) is not allowed")
    await s.request("POST", "/admin/campaigns", { body: { name: "A", campaign_identifier: "dup" } })
    const dup = await s.request("POST", "/admin/campaigns", { body: { name: "B", campaign_identifier: "dup" } })
    assert.equal(dup.body.message, "Promotion campaign with campaign_identifier: dup, already exists.")
    const missing = await s.request("POST", "/admin/campaigns", { body: { name: "B" } })
    assert.equal(missing.body.message, "Invalid request: Field 'campaign_identifier' is required")
    assert.equal(
      (await s.request("GET", "/admin/campaigns/procamp_nope")).body.message,
      "Campaign with id: procamp_nope was not found",
    )
    assert.equal((await s.request("GET", "/admin/promotions?code=X1")).body.count, 0)
  })

  test("rule attribute and value options as the dashboard asks for them", async () => {
    const attrs = await s.request("GET", "/admin/promotions/rule-attribute-options/rules?application_method_type=fixed")
    assert.deepEqual(
      attrs.body.attributes.map((a: { value: string }) => a.value),
      ["customer.groups.id", "region.id", "shipping_address.country_code", "sales_channel_id", "currency_code"],
    )
    const targets = await s.request("GET", "/admin/promotions/rule-attribute-options/target-rules")
    assert.equal(targets.body.attributes[0].value, "items.product.id")
    const channels = await s.request("GET", "/admin/promotions/rule-value-options/rules/sales_channel")
    assert.equal(channels.status, 200, JSON.stringify(channels.body))
    assert.ok(channels.body.values.length >= 1)
    assert.deepEqual(Object.keys(channels.body.values[0]).sort(), ["label", "value"])
    // the create form asks for the rules of promotion "null": a fixed amount needs its currency
    const fresh = await s.request(
      "GET",
      "/admin/promotions/null/rules?promotion_type=standard&application_method_type=fixed&application_method_target_type=order",
    )
    assert.deepEqual(fresh.body.rules, [
      {
        label: "Currency Code",
        field_type: "select",
        required: true,
        disguised: true,
        hydrate: true,
        operators: [{ id: "eq", value: "eq", label: "Equals" }],
        attribute: "currency_code",
        attribute_label: "Currency Code",
        operator: "eq",
        operator_label: "Equals",
        values: [],
      },
    ])
    const percent = await s.request(
      "GET",
      "/admin/promotions/null/rules?promotion_type=standard&application_method_type=percentage",
    )
    assert.deepEqual(percent.body.rules, [])
    const region = await s.request("POST", "/admin/regions", { body: { name: "Rule land", currency_code: "usd" } })
    const fixed = await s.request("POST", "/admin/promotions", {
      body: {
        code: "FORM-RULES",
        type: "standard",
        application_method: { type: "fixed", target_type: "order", value: 5, currency_code: "usd" },
        rules: [{ attribute: "region.id", operator: "in", values: [region.body.region.id] }],
      },
    })
    const listed = await s.request("GET", `/admin/promotions/${fixed.body.promotion.id}/rules`)
    assert.deepEqual(
      listed.body.rules.map((r: Record<string, unknown>) => [
        r.attribute,
        r.attribute_label,
        r.operator_label,
        r.values,
      ]),
      [
        ["currency_code", "Currency Code", "Equals", [{ value: "usd", label: "US Dollar" }]],
        ["region.id", "Region", "In", [{ value: region.body.region.id, label: "Rule land" }]],
      ],
    )
    assert.equal(listed.body.rules[1].id, fixed.body.promotion.rules[0].id)
    assert.equal(listed.body.rules[1].field_type, "multiselect")
    const bad = await s.request("GET", "/admin/promotions/rule-attribute-options/nope")
    assert.deepEqual(bad.body, { type: "invalid_data", message: "Invalid param rule_type (nope)" })
  })

  test("beyond Medusa: a promotion limited to a sales channel is listed on the channel (fields=+promotions)", async () => {
    const channel = s.defaults.default_sales_channel_id
    const r = await s.request("POST", "/admin/promotions", {
      body: {
        code: "CHANNEL5",
        type: "standard",
        application_method: { type: "fixed", target_type: "order", value: 5, currency_code: "usd" },
        rules: [{ attribute: "sales_channel_id", operator: "in", values: [channel] }],
      },
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    const sc = await s.request("GET", `/admin/sales-channels/${channel}?fields=+promotions`)
    assert.equal(sc.status, 200, JSON.stringify(sc.body))
    assert.deepEqual(sc.body.sales_channel.promotions, [
      { id: r.body.promotion.id, code: "CHANNEL5", status: "draft", is_automatic: false },
    ])
    const plain = await s.request("GET", `/admin/sales-channels/${channel}`)
    assert.equal("promotions" in plain.body.sales_channel, false)
  })
})
