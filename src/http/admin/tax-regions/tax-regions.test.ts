import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { firstPage, TAX_REGION_KEYS } from "../../../test-support/response-keys.js"
import { serverSuite } from "../../../test-support/server-suite.js"

// answers checked side by side with Medusa 2.21.2
describe("admin tax regions, rates and providers", () => {
  const { s } = serverSuite()

  test("the system provider is listed", async () => {
    assert.deepEqual(
      (await s.request("GET", "/admin/tax-providers")).body,
      firstPage("tax_providers", [{ id: "tp_system", is_enabled: true }], 20),
    )
  })

  test("a country with its default rate, a province under it, Medusa's shapes and messages", async () => {
    const r = await s.request("POST", "/admin/tax-regions", {
      body: { country_code: "IS", provider_id: "tp_system", default_tax_rate: { name: "IS", code: "IS", rate: 24 } },
    })
    assert.equal(r.status, 200)
    const country = r.body.tax_region
    assert.match(country.id, /^txreg_/)
    assert.deepEqual(Object.keys(country), TAX_REGION_KEYS)
    assert.equal(country.country_code, "is")
    assert.match(country.created_by, /^user_/)
    assert.deepEqual(
      country.tax_rates.map((t: Record<string, unknown>) => [t.rate, t.code, t.name, t.is_default, t.rules]),
      [[24, "IS", "IS", true, []]],
    )
    const province = await s.request("POST", "/admin/tax-regions", {
      body: { country_code: "is", province_code: "IS-1", parent_id: country.id },
    })
    assert.equal(province.body.tax_region.province_code, "is-1")
    assert.equal(province.body.tax_region.parent.id, country.id)
    const again = await s.request("GET", `/admin/tax-regions/${country.id}`)
    assert.deepEqual(
      again.body.tax_region.children.map((c: { province_code: string }) => c.province_code),
      ["is-1"],
    )
    const errors = await Promise.all([
      s.request("POST", "/admin/tax-regions", { body: { country_code: "is" } }),
      s.request("POST", "/admin/tax-regions", { body: { country_code: "is", provider_id: "tp_system" } }),
      s.request("POST", "/admin/tax-regions", { body: { country_code: "is", province_code: "x", parent_id: "nope" } }),
    ])
    assert.deepEqual(
      errors.map((e) => [e.status, e.body]),
      [
        [
          400,
          {
            type: "invalid_data",
            message: "Invalid request: Provider is required when creating a non-province tax region.",
          },
        ],
        [400, { type: "invalid_data", message: "Tax region with country_code: is, already exists." }],
        [
          400,
          {
            type: "invalid_data",
            message:
              "Province region must belong to a parent region. You are trying to create a province region with (country: is, province: x) but parent does not exist",
          },
        ],
      ],
    )
    const list = await s.request("GET", "/admin/tax-regions?parent_id=null&fields=id,country_code")
    assert.deepEqual(list.body, firstPage("tax_regions", [{ id: country.id, country_code: "is" }], 20))
    assert.deepEqual((await s.request("GET", "/admin/tax-regions/txreg_nope")).body, {})
    assert.deepEqual((await s.request("DELETE", `/admin/tax-regions/${country.id}`)).body, {
      id: country.id,
      object: "tax_region",
      deleted: true,
    })
    assert.equal((await s.request("GET", "/admin/tax-regions")).body.count, 0)
  })

  test("rates with rules: create, add and remove a rule, update, delete", async () => {
    const region = (
      await s.request("POST", "/admin/tax-regions", { body: { country_code: "no", provider_id: "tp_system" } })
    ).body.tax_region
    const created = await s.request("POST", "/admin/tax-rates", {
      body: {
        name: "Books",
        code: "BK",
        rate: 12.5,
        tax_region_id: region.id,
        rules: [{ reference: "product_type", reference_id: "ptyp_books" }],
      },
    })
    assert.equal(created.status, 200)
    const rate = created.body.tax_rate
    assert.deepEqual(
      [rate.rate, rate.is_default, rate.is_combinable, rate.tax_region.id, rate.rules.map((x: any) => x.reference_id)],
      [12.5, false, false, region.id, ["ptyp_books"]],
    )
    const added = await s.request("POST", `/admin/tax-rates/${rate.id}/rules`, {
      body: { reference: "product", reference_id: "prod_1" },
    })
    const rules = added.body.tax_rate.rules
    assert.equal(rules.length, 2)
    const removed = await s.request("DELETE", `/admin/tax-rates/${rate.id}/rules/${rules[0].id}`)
    assert.deepEqual([removed.body.id, removed.body.object, removed.body.deleted], [rules[0].id, "tax_rate_rule", true])
    assert.equal(removed.body.parent.rules.length, 1)
    const updated = await s.request("POST", `/admin/tax-rates/${rate.id}`, {
      body: { rate: 10, rules: [{ reference: "product", reference_id: "prod_2" }] },
    })
    assert.deepEqual(
      [updated.body.tax_rate.rate, updated.body.tax_rate.rules.map((x: any) => x.reference_id)],
      [10, ["prod_2"]],
    )
    const defaults = await s.request("GET", `/admin/tax-rates?tax_region_id=${region.id}&is_default=false`)
    assert.equal(defaults.body.count, 1)
    const missing = await Promise.all([
      s.request("POST", "/admin/tax-rates/txr_nope", { body: { rate: 3 } }),
      s.request("POST", "/admin/tax-rates", { body: { name: "x", code: "x", tax_region_id: "txreg_nope" } }),
      s.request("POST", "/admin/tax-rates/txr_nope/rules", { body: { reference: "product", reference_id: "p" } }),
      s.request("POST", "/admin/tax-regions/txreg_nope", { body: { metadata: {} } }),
    ])
    assert.deepEqual(
      missing.map((m) => [m.status, m.body.message]),
      [
        [404, 'Tax rate with id "txr_nope" not found'],
        [404, "You tried to set relationship tax_region_id: txreg_nope, but such entity does not exist"],
        [404, "You tried to set relationship tax_rate_id: txr_nope, but such entity does not exist"],
        [404, 'TaxRegion with id "txreg_nope" not found'],
      ],
    )
    assert.deepEqual((await s.request("DELETE", `/admin/tax-rates/${rate.id}`)).body, {
      id: rate.id,
      object: "tax_rate",
      deleted: true,
    })
    assert.deepEqual((await s.request("GET", `/admin/tax-rates/${rate.id}`)).body, {})
  })
})
