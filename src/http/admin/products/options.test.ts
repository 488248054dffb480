import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import { keys, OPTION_VALUE_KEYS } from "../../../test-support/response-keys.js"
import { serverSuite } from "../../../test-support/server-suite.js"
import { assertRefused } from "../../../test-support/refusals.js"

describe("admin product options: GET /admin/products/:id/options", () => {
  const { s } = serverSuite()
  let tee: { id: string; options: { id: string; title: string }[] }
  let mug: { id: string; options: { id: string; title: string }[] }
  before(async () => {
    const create = async (title: string, options: { title: string; values: string[] }[]) =>
      (await s.request("POST", "/admin/products", { body: { title, options } })).body.product
    tee = await create("Tee", [
      { title: "Size", values: ["S", "M"] },
      { title: "Colour", values: ["Red"] },
      { title: "Fit", values: ["Slim"] },
    ])
    mug = await create("Mug", [{ title: "Size", values: ["Big"] }])
  })

  const list = (productId: string, query = "") => s.request("GET", `/admin/products/${productId}/options${query}`)
  const byTitle = (title: string) => tee.options.find((o) => o.title === title)!

  test("the product's options only, Medusa's default fields (id, title) and list envelope", async () => {
    const r = await list(tee.id)
    assert.equal(r.status, 200)
    const expected = [...tee.options].sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ id, title }) => ({ id, title }))
    assert.deepEqual(r.body, { product_options: expected, count: 3, offset: 0, limit: 50 })
    assert.deepEqual((await list(mug.id)).body.product_options, [{ id: mug.options[0].id, title: "Size" }])
  })

  test("fields, filters, q, order and pages", async () => {
    const size = byTitle("Size")
    const withValues = await list(tee.id, `?fields=title,*values&id=${size.id}`)
    const [option] = withValues.body.product_options
    assert.deepEqual(
      [option.id, option.title, option.values.map((v: { value: string }) => v.value).sort()],
      [size.id, "Size", ["M", "S"]],
    )
    assert.deepEqual(keys(option.values[0]), OPTION_VALUE_KEYS)

    assert.deepEqual((await list(tee.id, "?title=Colour")).body.product_options, [
      { id: byTitle("Colour").id, title: "Colour" },
    ])
    assert.deepEqual((await list(tee.id, "?q=olo")).body.product_options, [
      { id: byTitle("Colour").id, title: "Colour" },
    ])
    assert.deepEqual((await list(tee.id, "?q=%25")).body.count, 0) // a literal %, as every `q` here (Medusa: a wildcard)
    const either = await list(tee.id, "?$or[0][title]=Fit&$or[1][q]=siz&order=-title")
    assert.deepEqual(
      either.body.product_options.map((o: { title: string }) => o.title),
      ["Size", "Fit"],
    )
    const page = await list(tee.id, "?order=title&limit=1&offset=1")
    assert.deepEqual(page.body, {
      product_options: [{ id: byTitle("Fit").id, title: "Fit" }],
      count: 3,
      offset: 1,
      limit: 1,
    })
  })

  test("an unknown product has no options; unknown parameters are refused as Medusa does", async () => {
    assert.deepEqual((await list("prod_missing")).body, { product_options: [], count: 0, offset: 0, limit: 50 })
    const r = await list(tee.id, "?foo=1")
    assert.deepEqual(
      [r.status, r.body],
      [400, { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" }],
    )
    assert.equal((await list(tee.id, "")).status, 200)
    assert.equal((await s.request("GET", `/admin/products/${tee.id}/options`, { token: null })).status, 401)
  })

  test("a deleted product's options are gone with it", async () => {
    const gone = (
      await s.request("POST", "/admin/products", { body: { title: "Gone", options: [{ title: "a", values: ["b"] }] } })
    ).body.product
    await s.request("DELETE", `/admin/products/${gone.id}`)
    assert.equal((await list(gone.id)).body.count, 0)
  })
})

describe("admin product options: POST /admin/products/:id/options/batch", () => {
  const { s } = serverSuite()

  const product = async (title: string, body: Record<string, unknown>) =>
    (await s.request("POST", "/admin/products", { body: { title, ...body } })).body.product
  const batch = (
    id: string,
    body: Record<string, unknown>,
    query = "?fields=id,options.title,options.is_exclusive,options.values.value",
  ) => s.request("POST", `/admin/products/${id}/options/batch${query}`, { body })
  const shape = (p: { options: { title: string; is_exclusive: boolean; values: { value: string }[] }[] }) =>
    p.options.map((o) => [o.title, o.is_exclusive, o.values.map((v) => v.value).sort()]).sort()

  test("add creates options on the product (shared unless told, as Medusa's), remove deletes unused ones", async () => {
    const p = await product("Batch tee", {
      options: [
        { title: "Size", values: ["S", "M"] },
        { title: "Fit", values: ["Slim"] },
      ],
    })
    const fit = p.options.find((o: { title: string }) => o.title === "Fit")
    const r = await batch(p.id, {
      add: [
        { title: "Fabric", values: ["Cotton", "Silk"], metadata: { m: 1 } },
        { title: "Cut", values: ["A"], is_exclusive: true },
      ],
      remove: [fit.id],
    })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual(shape(r.body.product), [
      ["Cut", true, ["A"]],
      ["Fabric", false, ["Cotton", "Silk"]],
      ["Size", true, ["M", "S"]],
    ])
    // a variant can use the new option at once; ids that are not the product's are ignored in remove
    const v = await s.request("POST", `/admin/products/${p.id}/variants?fields=id`, {
      body: { title: "M", options: { Size: "M", Fabric: "Silk", Cut: "A" }, prices: [] },
    })
    assert.equal(v.status, 200, JSON.stringify(v.body))
    assert.equal((await batch(p.id, { remove: ["opt_missing"] })).status, 200)
  })

  test("refusals in Medusa's words, nothing written", async () => {
    const tee = await product("Refused tee", {
      options: [{ title: "Size", values: ["S"] }],
      variants: [{ title: "S", options: { Size: "S" }, prices: [] }],
    })
    const mug = await product("Refused mug", { options: [{ title: "Colour", values: ["Red"] }] })
    const cases: [string, Record<string, unknown>, number, string][] = [
      [
        tee.id,
        { add: [mug.options[0].id] },
        400,
        `Product options are already assigned to another product: ${mug.options[0].id}`,
      ],
      [
        tee.id,
        { add: [{ id: mug.options[0].id, value_ids: [] }] },
        400,
        `Product options are already assigned to another product: ${mug.options[0].id}`,
      ],
      [
        tee.id,
        { add: [tee.options[0].id] },
        400,
        `Product options are already linked to products: ${tee.options[0].id}`,
      ],
      [
        tee.id,
        { add: ["opt_missing"] },
        404,
        "You tried to set relationship product_option_id: opt_missing, but such entity does not exist",
      ],
      [
        tee.id,
        { add: [{ title: "New", values: ["x"] }], remove: [tee.options[0].id] },
        400,
        "Cannot unassign product option from product which has variants for that option",
      ],
      [
        "prod_missing",
        { add: [{ title: "x", values: ["y"] }] },
        404,
        "You tried to set relationship product_id: prod_missing, but such entity does not exist",
      ],
      [tee.id, { add: [5] }, 400, "Invalid request: Field 'add, 0' is required"],
      [tee.id, { update: [] }, 400, "Invalid request: Unrecognized fields: 'update'"],
    ]
    for (const [id, body, status, message] of cases) {
      const r = await batch(id, body, "")
      assertRefused(r, status, message, body)
    }
    const after = await s.request("GET", `/admin/products/${tee.id}/options?fields=title`)
    assert.deepEqual(
      after.body.product_options.map((o: { title: string }) => o.title),
      ["Size"],
    )
  })
})
