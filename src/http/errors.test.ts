import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { DatabaseUnavailable } from "../db/availability.js"
import { toHttpError } from "./errors.js"

/** A pg server error as the driver raises it (it carries `severity`). */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" })
const errno = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code })

describe("database outages map to 503 unavailable", () => {
  const unavailable = [
    new DatabaseUnavailable(),
    pgError("57P01", "terminating connection due to administrator command"),
    pgError("57P02", "terminating connection because of crash of another server process"),
    pgError("57P03", "the database system is starting up"),
    pgError("08006", "connection failure"),
    errno("ECONNREFUSED"),
    errno("ECONNRESET"),
    new Error("Connection terminated unexpectedly"),
    new Error("Connection terminated due to connection timeout"),
    new Error("timeout expired"),
    new Error("Client has encountered a connection error and is not queryable"),
  ]
  for (const error of unavailable) {
    test(`${(error as { code?: string }).code ?? error.message}`, () => {
      const [status, body] = toHttpError(error)
      assert.equal(status, 503)
      assert.equal(body.type, "unavailable")
      assert.match(body.message, /database is unavailable/)
    })
  }

  test("a refused request whose message quotes the caller's words stays 400", () => {
    const [status] = toHttpError(
      Object.assign(new Error("title: Connection terminated unexpectedly"), { statusCode: 400 }),
    )
    assert.equal(status, 400)
  })

  test("a statement the database refused is still the caller's (a unique violation is 400)", () => {
    const [status] = toHttpError(
      Object.assign(pgError("23505", "duplicate key"), { severity: "ERROR", table: "product" }),
    )
    assert.equal(status, 400)
  })
})
