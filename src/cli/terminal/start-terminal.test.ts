import assert from "node:assert/strict"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, test } from "node:test"
import { childDatabase, runCli, SalesgraphProcess, send } from "../../reliability/test-support/salesgraph-process.js"
import { until } from "../../test-support/until.js"
import { hasScript, TerminalProcess } from "./test-support/terminal-process.js"

/**
 * What a person sees: `salesgraph start` on a pseudo-terminal prints readable log lines and the
 * banner (a new database: the setup lines); started again without a terminal, on the same
 * database, every line is JSON and the banner says the database exists and skips the setup.
 */
describe("the terminal a person reads", { skip: !hasScript && "util-linux `script` is not installed" }, () => {
  test("readable logs and the banner on a terminal; JSON and no setup lines without one", async (t) => {
    const database = await childDatabase(mkdtempSync(join(tmpdir(), "sg-terminal-")), { empty: true })
    let terminal: TerminalProcess | undefined, piped: SalesgraphProcess | undefined, url: string | undefined
    t.after(async () => {
      if (terminal && url) await terminal.stop(url).catch(() => {})
      await piped?.stop().catch(() => {})
      await database.dispose()
    })
    const env = { ...database.env, LOG_LEVEL: "info", LOG_FORMAT: undefined, LOG_REQUESTS: undefined }

    terminal = new TerminalProcess(env)
    url = (await terminal.waitFor(/salesgraph listening on (http:\/\/\S+)/, "the banner"))[1]
    await terminal.waitFor(/demo catalogue/, "the banner's last line")
    const first = terminal.text
    assert.doesNotMatch(first, /^\{"level"/m, "no JSON log line on a terminal")
    assert.match(first, /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: migrated \{"migrations":\d+\}$/m, "a readable log line")
    for (const line of [
      `API:                ${url}/admin, ${url}/store, ${url}/auth`,
      `admin page:         ${url}/app`,
      `API docs (OpenAPI): ${url}/docs`,
      "Medusa's dashboard: ",
      "publishable API key: pk_",
      "no admin user yet: npx salesgraph user -e you@example.com -p <password>",
      "a demo catalogue (optional): npx salesgraph seed",
    ]) {
      assert.ok(first.includes(line), `the banner has "${line}":\n${first}`)
    }
    assert.match(first, /a new (database|data directory): migrated/)
    assert.doesNotMatch(first, /postgres:\/\/|credentials/, "no connection string (password) in the banner")

    // a store request is not logged at info; the admin request after it is, in one readable line
    assert.equal((await send(url, "GET", "/store/products")).status, 400)
    assert.equal((await send(url, "GET", "/admin/products")).status, 401)
    await terminal.waitFor(/INFO: GET \/admin\/products 401 \d+ ms/, "the admin request's line")
    assert.doesNotMatch(terminal.text, /GET \/store\/products/)
    await terminal.stop(url)
    url = undefined

    await runCli(["user", "-e", "terminal@salesgraph.test", "-p", "terminal-password"], database.env)
    piped = new SalesgraphProcess({ ...env })
    await piped.start({ LOG_LEVEL: "info" })
    await until(() => /already set up/.test(piped!.stdout), "the second start's banner")
    const lines = piped.stdout.trim().split("\n")
    for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `not JSON: ${line}`)
    const messages = lines.map((line) => JSON.parse(line).msg as string)
    assert.ok(messages.includes("migrated") === false, "nothing to migrate on a second start")
    assert.ok(messages.some((m) => /^an existing (database|data directory): already set up/.test(m)))
    assert.ok(!messages.some((m) => /no admin user yet|demo catalogue/.test(m)), "no setup lines")
  })
})
