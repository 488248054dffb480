import { after, before } from "node:test"
import type { Medusa } from "./medusa.js"
import { testServer, type TestServer } from "../../test-support/http.js"
import { adminSdk, recordFetch, type FetchRecorder } from "./harness.js"

/** What an admin SDK suite's tests read: set by the suite's `before` hook, so read inside tests. */
export interface AdminSdkSuite {
  s: TestServer
  sdk: Medusa
  wire: FetchRecorder
}

/**
 * Registers the hooks every `sdk.admin.*` suite repeats: a fresh test server, the fetch recorder
 * (JWT-mode clients send no cookies, so it only watches), an admin client signed in through
 * `sdk.auth.login`; afterwards the global fetch restored and the server closed.
 */
export function adminSdkSuite(): AdminSdkSuite {
  const suite = {} as AdminSdkSuite
  before(async () => {
    suite.s = await testServer()
    suite.wire = recordFetch()
    suite.sdk = await adminSdk(suite.s)
  })
  after(async () => {
    suite.wire.restore()
    await suite.s.close()
  })
  return suite
}
