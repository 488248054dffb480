import { after, before } from "node:test"
import type { Config } from "../app/config.js"
import type { PendingEvent } from "../framework/events/index.js"
import { testServer, type TestServer } from "./http.js"

export interface ServerSuite {
  /** the suite's server: started in its `before` hook, so use it inside tests and later hooks */
  s: TestServer
  /** every event the server's transactions committed, in commit order */
  events: PendingEvent[]
}

/**
 * Registers the hooks a suite of HTTP tests repeats: a `testServer` started before the tests,
 * its committed events captured, the server closed after them. Hooks the suite adds after this
 * call run once the server is up.
 */
export function serverSuite(overrides: Partial<Config> = {}): ServerSuite {
  let server: TestServer | undefined
  const started = (): TestServer => {
    if (!server) throw new Error("the suite's server starts in its before hook: use it inside tests")
    return server
  }
  const events: PendingEvent[] = []
  const s: TestServer = {
    get app() {
      return started().app
    },
    get url() {
      return started().url
    },
    get defaults() {
      return started().defaults
    },
    get adminToken() {
      return started().adminToken
    },
    get publishableKey() {
      return started().publishableKey
    },
    request: (method, path, options) => started().request(method, path, options),
    close: () => started().close(),
  }
  before(async () => {
    server = await testServer(overrides)
    server.app.core.onCommitted.add((batch) => events.push(...batch))
  })
  after(() => server?.close())
  return { s, events }
}
