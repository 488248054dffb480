import { after, before } from "node:test"
import type { Config } from "../app/config.js"
import { testApp, type TestApp } from "./app.js"

/**
 * Registers the hooks a suite on one application repeats: a `testApp` opened before the tests
 * and disposed after them. The returned app stands for it: use it inside tests and later hooks.
 */
export function appSuite(overrides: Partial<Config> = {}): TestApp {
  let app: TestApp | undefined
  before(async () => {
    app = await testApp(overrides)
  })
  after(() => app?.dispose())
  return new Proxy({} as TestApp, {
    get(_, key) {
      if (!app) throw new Error("the suite's app opens in its before hook: use it inside tests")
      return Reflect.get(app, key)
    },
  })
}
