import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import { createTestDatabase } from "../../src/test-support/database.js"
import { demoRecordCount } from "../../src/workflows/seed/seed-demo.js"
import { ROOT, runCli } from "./support/cli-process.js"

/** The commands as a user runs them: separate processes on one database, exit codes, output. */
describe("salesgraph seed and import, run as commands", () => {
  let db: { url: string; drop(): Promise<void> }
  let dir: string
  before(async () => {
    db = await createTestDatabase()
    dir = mkdtempSync(join(tmpdir(), "sg-import-"))
  })
  after(async () => {
    await db.drop()
    rmSync(dir, { recursive: true, force: true })
  })
  const run = (args: string[]) => runCli(args, { DATABASE_URL: db.url })

  test("import --help documents the CSV format and the exit codes", async () => {
    const { code, stdout } = await run(["import", "--help"])
    assert.equal(code, 0)
    for (const text of [
      "Usage: salesgraph import [options] <file>",
      "--dry-run",
      "--batch-size <n>",
      "price_<currency>",
      "option_1_name",
      "<location name or id>:<quantity>",
      "Exit code: 0 when every row was imported, 1 when some rows were rejected",
    ]) {
      assert.ok(stdout.includes(text), `--help mentions ${text}`)
    }
  })

  test("seed prints what it made, the keys and the next steps; a second run says nothing was needed", async () => {
    const first = await run(["seed"])
    assert.equal(first.code, 0, first.stderr)
    assert.match(
      first.stdout,
      /^Demo catalogue: created 3 sales channels, 2 publishable keys, 2 stock locations, 2 regions, \d+ products, \d+ variants, \d+ inventory levels, 2 fulfillment sets, 2 service zones, 4 shipping options\.$/m,
    )
    assert.match(first.stdout, /Web shop key\s+pk_[0-9a-f]{64}\s+\(sees: Web shop\)/)
    assert.match(first.stdout, /http:\/\/127\.0\.0\.1:9000\/app/)
    assert.match(
      first.stdout,
      /curl -s 'http:\/\/127\.0\.0\.1:9000\/store\/products\?.*' -H 'x-publishable-api-key: pk_/,
    )
    // not a terminal: the progress is plain lines on stderr, ending at the total
    assert.match(
      first.stderr,
      new RegExp(`^seed: ${demoRecordCount()}/${demoRecordCount()} records, .* records/s\\)$`, "m"),
    )

    const second = await run(["seed"])
    assert.equal(second.code, 0)
    assert.match(second.stdout, /^The demo catalogue is already in place: nothing created \(found 3 sales channels/)
    const key = (out: string) => /Web shop key\s+(pk_\w+)/.exec(out)![1]
    assert.equal(key(second.stdout), key(first.stdout))
  })

  test("import of the sample after seed exits 0; a file with bad rows exits 1 and lists them on stderr", async () => {
    const sample = await run(["import", join(ROOT, "examples/products.csv")])
    assert.equal(sample.code, 0, sample.stderr)
    assert.match(
      sample.stdout,
      /products\.csv: 11 rows read, 11 imported, 0 rejected\.\nproducts: 5 created, 0 updated, 0 unchanged, 0 rejected\n/,
    )
    assert.match(sample.stderr, /^import: 100%, 11 rows, 5 products imported, 0 rows rejected/m)

    const again = await run(["import", join(ROOT, "examples/products.csv")])
    assert.equal(again.code, 0)
    assert.match(
      again.stdout,
      /products: 0 created, 0 updated, 5 unchanged, 0 rejected\n.*\nNothing changed: the catalogue already matches the file\./,
    )

    const bad = join(dir, "bad.csv")
    writeFileSync(
      bad,
      "handle,title,sku,price_usd,sales_channels\nbowl,Bowl,BOWL-1,9,Web shop\ncup,Cup,CUP-1,nine,Web shop\nplate,Plate,PLATE-1,4,Online\n",
    )
    const result = await run(["import", bad])
    assert.equal(result.code, 1)
    assert.match(
      result.stderr,
      /^product "cup" \(line 3\) not imported:\n {2}line 3: price_usd "nine" is not an amount/m,
    )
    assert.match(
      result.stderr,
      /^product "plate" \(line 4\) not imported:\n {2}line 4: sales_channels: no sales channel "Online" \(known: /m,
    )
    assert.match(result.stdout, /bad\.csv: 3 rows read, 1 imported, 2 rejected\./)
  })

  test("a missing file, a bad option and a broken header exit 1 with a message", async () => {
    const missing = await run(["import", join(dir, "nope.csv")])
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /cannot read .*nope\.csv/)
    const batch = await run(["import", "--batch-size", "0", join(ROOT, "examples/products.csv")])
    assert.equal(batch.code, 1)
    assert.match(batch.stderr, /--batch-size must be a whole number above 0/)
    const header = join(dir, "header.csv")
    writeFileSync(header, "handle,title,price\nbowl,Bowl,9\n")
    const broken = await run(["import", header])
    assert.equal(broken.code, 1)
    assert.match(
      broken.stderr,
      /line 1: the header cannot be used: unknown column "price"; the required column "sku" is missing/,
    )
  })
})
