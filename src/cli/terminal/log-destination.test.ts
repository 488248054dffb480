import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { logDestination, logFormat } from "./log-destination.js"

describe("the log's format", () => {
  const tty = { isTTY: true }
  const pipe = { isTTY: false }
  test("readable on a terminal, JSON otherwise; LOG_FORMAT overrides either way", () => {
    assert.equal(logFormat({}, tty), "pretty")
    assert.equal(logFormat({}, pipe), "json")
    assert.equal(logFormat({ logFormat: "json" }, tty), "json")
    assert.equal(logFormat({ logFormat: "pretty" }, pipe), "pretty")
  })

  test("JSON is pino's own destination; pretty is pino-pretty's stream", async () => {
    assert.equal(await logDestination("json"), undefined)
    const pretty = await logDestination("pretty")
    assert.equal(typeof pretty?.write, "function")
  })
})
