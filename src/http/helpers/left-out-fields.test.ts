import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { serverLogger } from "../logger.js"
import { testServer, type TestServer } from "../../test-support/http.js"

describe("fields left out of an answer are logged at debug level, with the route", () => {
  let s: TestServer
  const lines: Record<string, unknown>[] = []
  before(async () => {
    const logger = serverLogger("debug", { write: (line: string) => void lines.push(JSON.parse(line)) })
    s = await testServer({}, { logger: logger as never })
  })
  after(() => s.close())

  const leftOut = () => lines.filter((l) => l.msg === "fields left out: no model answers them")

  test("a field no model has is left out of the answer and named in the log", async () => {
    const r = await s.request("GET", `/admin/stock-locations?fields=name,*nope,not_a_field`)
    assert.equal(r.status, 200)
    assert.deepEqual(
      leftOut().map(({ route, entity, left_out, level }) => ({ route, entity, left_out, level })),
      [
        {
          route: "GET /admin/stock-locations",
          entity: "stock_location",
          left_out: ["nope.*", "not_a_field"],
          level: 20,
        },
      ],
    )
  })

  test("nothing is logged when every field is answered", async () => {
    lines.length = 0
    assert.equal((await s.request("GET", `/admin/stock-locations?fields=name`)).status, 200)
    assert.deepEqual(leftOut(), [])
  })
})
