import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { requestLevel } from "./request-log.js"

describe("the level of a request's log line", () => {
  const options = { storeAtInfo: false, slowMs: 1000 }
  test("store requests at debug unless LOG_REQUESTS=1; admin and auth at info", () => {
    assert.equal(requestLevel({ url: "/store/products?limit=5" }, 200, 3, options), "debug")
    assert.equal(requestLevel({ url: "/store/carts/c" }, 404, 3, options), "debug")
    assert.equal(requestLevel({ url: "/store/products" }, 200, 3, { ...options, storeAtInfo: true }), "info")
    assert.equal(requestLevel({ url: "/admin/products" }, 200, 3, options), "info")
    assert.equal(requestLevel({ url: "/auth/user/emailpass" }, 401, 3, options), "info")
  })

  test("server errors and slow requests whatever the path", () => {
    assert.equal(requestLevel({ url: "/store/products" }, 500, 3, options), "error")
    assert.equal(requestLevel({ url: "/store/products" }, 503, 3000, options), "error")
    assert.equal(requestLevel({ url: "/store/products" }, 200, 1000, options), "warn")
    assert.equal(requestLevel({ url: "/admin/orders" }, 200, 2500, options), "warn")
  })
})
