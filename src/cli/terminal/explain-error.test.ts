import assert from "node:assert/strict"
import { createServer, type AddressInfo } from "node:net"
import { describe, test } from "node:test"
import pg from "pg"
import { ConfigError, loadConfig } from "../../app/config.js"
import { explainError } from "./explain-error.js"

/** A closed port: listened on, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe("a CLI error is one line saying what to do", () => {
  test("a busy port names the process holding it", async () => {
    const holder = createServer()
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve))
    const { port } = holder.address() as AddressInfo
    const second = createServer()
    const error = await new Promise<Error>((resolve) => second.once("error", resolve).listen(port, "127.0.0.1"))
    const line = explainError(error)
    holder.close()
    assert.match(line, new RegExp(`^port ${port} is already in use`))
    if (process.platform === "linux") assert.ok(line.includes(`by pid ${process.pid} (`), line)
    assert.ok(line.endsWith("stop that process, or start on another port with PORT=<port>"), line)
  })

  test("an unreachable DATABASE_URL: host:port and the reason, never the password", async () => {
    const url = `postgres://someone:hunter2@127.0.0.1:${await closedPort()}/shop`
    const client = new pg.Client({ connectionString: url })
    const error = await client.connect().then(
      () => assert.fail("connected"),
      (e: unknown) => e,
    )
    const line = explainError(error, url)
    assert.equal(
      line,
      `cannot reach DATABASE_URL 127.0.0.1:${new URL(url).port}: connection refused (is PostgreSQL running there? check DATABASE_URL)`,
    )
  })

  test("invalid configuration on one line; anything else its first line and --verbose", () => {
    const config = (() => {
      try {
        loadConfig({ PORT: "abc", LOG_FORMAT: "fancy" })
      } catch (e) {
        return e
      }
    })()
    assert.ok(config instanceof ConfigError)
    const line = explainError(config)
    assert.doesNotMatch(line, /\n/)
    assert.match(
      line,
      /^invalid configuration: PORT: .+; LOG_FORMAT: .+ \(fix the environment or salesgraph\.config\.json\)$/,
    )
    assert.equal(
      explainError(new Error("it broke\n    at somewhere")),
      "it broke (run again with --verbose for details)",
    )
  })
})
