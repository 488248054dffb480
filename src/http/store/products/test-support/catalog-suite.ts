import { before } from "node:test"
import type { TestResponse } from "../../../../test-support/http.js"
import { serverSuite, type ServerSuite } from "../../../../test-support/server-suite.js"
import { createStoreCatalog } from "./test-catalog.js"

export type StoreCatalog = Awaited<ReturnType<typeof createStoreCatalog>>

export interface CatalogSuite extends ServerSuite {
  /** the store catalogue: filled in the suite's `before` hook, so read it inside tests and later hooks */
  cat: StoreCatalog
  /** a storefront GET: no admin token, the publishable key `key` (web's by default) */
  get(path: string, key?: string): Promise<TestResponse>
}

/** serverSuite() with the store catalogue the product, variant and price suites read. */
export function catalogSuite(): CatalogSuite {
  const suite = serverSuite()
  const cat = {} as StoreCatalog
  before(async () => {
    Object.assign(cat, await createStoreCatalog(suite.s.app.container))
  })
  const get = (path: string, key = cat.keys.web) => suite.s.request("GET", path, { key, token: null })
  return { ...suite, cat, get }
}
