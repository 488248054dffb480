import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { serverSuite } from "../../../test-support/server-suite.js"

// answers checked side by side with Medusa 2.21.2
describe("admin currencies", () => {
  const { s } = serverSuite()

  test("the list Medusa's store page reads: by code, in Medusa's fields", async () => {
    const r = await s.request("GET", "/admin/currencies?code%5B0%5D=eur&code%5B1%5D=usd&limit=10&offset=0")
    assert.equal(r.status, 200)
    assert.deepEqual(r.body, {
      currencies: [
        { code: "eur", name: "Euro", symbol: "€", symbol_native: "€", decimal_digits: 2, rounding: 0 },
        { code: "usd", name: "US Dollar", symbol: "$", symbol_native: "$", decimal_digits: 2, rounding: 0 },
      ],
      count: 2,
      offset: 0,
      limit: 10,
    })
  })

  test("every currency, 200 a page; q searches; one by code; unknown code and bad query refused", async () => {
    const all = await s.request("GET", "/admin/currencies")
    assert.equal(all.body.count, 126)
    assert.equal(all.body.limit, 200)
    assert.equal(all.body.currencies[0].code, "aed")
    const q = await s.request("GET", "/admin/currencies?q=krone&fields=code")
    assert.deepEqual(q.body.currencies, [{ code: "dkk" }, { code: "nok" }])
    assert.deepEqual((await s.request("GET", "/admin/currencies/usd")).body, {
      currency: { code: "usd", name: "US Dollar", symbol: "$", symbol_native: "$", decimal_digits: 2, rounding: 0 },
    })
    const missing = await s.request("GET", "/admin/currencies/xxx")
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, { type: "not_found", message: "Currency with code: xxx was not found" })
    assert.equal((await s.request("GET", "/admin/currencies?foo=1")).status, 400)
  })
})
