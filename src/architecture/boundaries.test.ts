import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { tableOwners } from "./test-support/owners.js"
import { importViolations, tableViolations } from "./test-support/rules.js"
import { importsOf, parse, productionFiles, stringsOf } from "./test-support/source-tree.js"

/**
 * The rules of docs/architecture.md, checked on every production file of src/ (test files and
 * test-support/ folders may reach anywhere). Each rule also runs on a small broken example, so a
 * rule that stopped seeing anything would fail here rather than pass quietly.
 */
const sources = productionFiles().map((path) => ({ path, source: parse(path) }))

const fake = (path: string, text: string) => {
  const source = parse(path, text)
  return { path, imports: importsOf(source), strings: stringsOf(source) }
}

describe("architecture", () => {
  it("reads the production tree", () => {
    assert.ok(sources.length > 300, `only ${sources.length} production files found`)
  })

  it("no import runs up the layers, into test code, or from a module into its sibling", () => {
    const violations = importViolations(sources.map(({ path, source }) => ({ path, imports: importsOf(source) })))
    assert.deepEqual(violations, [])
  })

  it("SQL outside a module and src/links/ names none of that module's tables", () => {
    const files = sources.map(({ path, source }) => ({ path, strings: stringsOf(source) }))
    assert.deepEqual(tableViolations(files, tableOwners()), [])
  })

  it("each rule catches its breach", () => {
    const broken = [
      fake("src/db/pool.ts", `import type { Sql } from "../framework/sql/sql.js"`),
      fake("src/modules/cart/service.ts", `import { Order } from "../order/index.js"`),
      fake("src/framework/errors.ts", `const m = await import("../app/config.js")`),
      fake("src/http/server.ts", `export { x } from "./admin/products/test-support/fixtures.js"`),
      fake("src/sdk-compat/harness.ts", ``),
    ]
    assert.deepEqual(importViolations(broken), [
      "src/db/pool.ts:1 imports ../framework/sql/sql.js: up the layers (db → framework)",
      "src/modules/cart/service.ts:1 imports ../order/index.js: module cart imports its sibling order",
      "src/framework/errors.ts:1 imports ../app/config.js: up the layers (framework → app)",
      "src/http/server.ts:1 imports ./admin/products/test-support/fixtures.js: test code",
      "src/sdk-compat/harness.ts: production code outside the layers (cli, http, workflows, app, links, modules, framework, db); test helpers go in a test-support/ folder",
    ])
    const owners = tableOwners()
    const sqlFiles = [
      fake("src/workflows/x.ts", "const q = sql`SELECT id FROM cart WHERE id = ${id} FOR UPDATE`"),
      fake("src/http/y.ts", "const q = sql`update inventory_level set reserved_quantity = 0`"),
      fake("src/modules/payment/z.ts", 'const q = raw("DELETE FROM \\"cart_line_item\\"")'),
      fake("src/app/w.ts", "const q = sql`INSERT INTO publishable_api_key_sales_channel (id) VALUES (${id})`"),
      fake("src/links/v.ts", "const q = sql`SELECT 1 FROM cart JOIN cart_payment_collection l ON true`"),
      fake("src/modules/cart/u.ts", "const q = sql`SELECT 1 FROM cart`; const m = 'Removed from cart'"),
    ]
    assert.deepEqual(tableViolations(sqlFiles, owners), [
      "src/workflows/x.ts:1: SQL names cart, a table of the cart module",
      "src/http/y.ts:1: SQL names inventory_level, a table of the inventory module",
      "src/modules/payment/z.ts:1: SQL names cart_line_item, a table of the cart module",
      "src/app/w.ts:1: SQL names publishable_api_key_sales_channel, a link table",
    ])
  })
})
