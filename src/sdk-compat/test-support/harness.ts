import assert from "node:assert/strict"
import { FetchError, Medusa } from "./medusa.js"
import { ADMIN, type TestServer } from "../../test-support/http.js"

/**
 * What the compatibility suite needs around `@medusajs/js-sdk`: clients built the way an app
 * builds them, a record of the HTTP requests the SDK really sent, and a browser-like cookie jar.
 *
 * The SDK calls the global `fetch` at request time, so wrapping it is how we see its requests
 * and how session mode gets cookies: Node's fetch has no cookie store, a browser does, and the
 * SDK's session mode relies on `credentials: "include"` making the browser keep and send them.
 */

export interface SentRequest {
  method: string
  url: URL
  /** header names lower-cased */
  headers: Record<string, string>
  /** the body text, undefined when the SDK sent none */
  body: string | undefined
  credentials: string | undefined
  status: number
}

export interface FetchRecorder {
  requests: SentRequest[]
  /** the last request sent to `path` (pathname, optionally with method) */
  last(path: string, method?: string): SentRequest
  /** cookies held for the server's host, as a browser would */
  cookies(): Record<string, string>
  /** forgets every cookie, as a fresh browser profile */
  clearCookies(): void
  restore(): void
}

function parseSetCookie(header: string): { name: string; value: string; expired: boolean } {
  const [pair, ...attributes] = header.split(";").map((p) => p.trim())
  const eq = pair.indexOf("=")
  const name = pair.slice(0, eq)
  const value = pair.slice(eq + 1)
  let expired = false
  for (const attribute of attributes) {
    const [k, v = ""] = attribute.split("=")
    if (k.toLowerCase() === "max-age" && Number(v) <= 0) expired = true
    if (k.toLowerCase() === "expires" && Date.parse(v) <= Date.now()) expired = true
  }
  return { name, value, expired }
}

/**
 * Wraps the global fetch: records every request and keeps cookies per host for requests made
 * with `credentials: "include"` (what the SDK sets in session mode; "omit" otherwise), so a
 * JWT-mode client never sees a cookie, as in a browser. Call `restore()` in an `after` hook.
 */
export function recordFetch(): FetchRecorder {
  const original = globalThis.fetch
  const requests: SentRequest[] = []
  const jar = new Map<string, Map<string, string>>()

  globalThis.fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : input.toString())
    const headers = new Headers(init.headers)
    const hostCookies = jar.get(url.hostname) ?? new Map<string, string>()
    const withCookies = init.credentials === "include"
    if (withCookies && hostCookies.size > 0) {
      headers.set("cookie", [...hostCookies].map(([k, v]) => `${k}=${v}`).join("; "))
    }
    const response = await original(url, { ...init, headers })
    if (withCookies) {
      for (const header of response.headers.getSetCookie()) {
        const cookie = parseSetCookie(header)
        if (cookie.expired) hostCookies.delete(cookie.name)
        else hostCookies.set(cookie.name, cookie.value)
      }
      jar.set(url.hostname, hostCookies)
    }
    requests.push({
      method: (init.method ?? "GET").toUpperCase(),
      url,
      headers: Object.fromEntries(headers.entries()),
      body: typeof init.body === "string" ? init.body : init.body == null ? undefined : String(init.body),
      credentials: init.credentials,
      status: response.status,
    })
    return response
  }

  return {
    requests,
    last(path, method) {
      const found = requests.findLast((r) => r.url.pathname === path && (!method || r.method === method))
      assert.ok(found, `no ${method ?? ""} request to ${path} was sent`)
      return found
    },
    cookies() {
      return Object.fromEntries([...jar.values()].flatMap((m) => [...m]))
    },
    clearCookies() {
      jar.clear()
    },
    restore() {
      globalThis.fetch = original
    },
  }
}

export interface SdkOptions {
  auth?: "jwt" | "session"
  /** a secret key: the SDK sends it as HTTP Basic on every request */
  apiKey?: string
  /** the publishable key sent on every request; the server's boot key unless null */
  publishableKey?: string | null
  /** headers the SDK adds to every request (how a server-side app sets `x-medusa-locale`) */
  globalHeaders?: Record<string, string>
}

/**
 * A client as an app makes one. In Node there is no localStorage, so the token lives in memory
 * (`jwtTokenStorageMethod: "memory"`); without it the SDK would silently keep no token at all.
 */
export function sdkFor(s: TestServer, options: SdkOptions = {}): Medusa {
  return new Medusa({
    baseUrl: s.url,
    publishableKey: options.publishableKey === null ? undefined : (options.publishableKey ?? s.publishableKey),
    apiKey: options.apiKey,
    globalHeaders: options.globalHeaders,
    auth: { type: options.auth ?? "jwt", jwtTokenStorageMethod: "memory" },
  })
}

/** A JWT-mode client signed in as the test server's admin through `sdk.auth.login`. */
export async function adminSdk(s: TestServer, options: SdkOptions = {}): Promise<Medusa> {
  const sdk = sdkFor(s, options)
  const token = await sdk.auth.login("user", "emailpass", ADMIN)
  assert.equal(typeof token, "string")
  return sdk
}

/** Awaits an SDK call that must fail and checks the FetchError it surfaces. */
export async function fetchError(
  call: Promise<unknown>,
  status: number,
  message: string | RegExp,
): Promise<FetchError> {
  let error: unknown
  try {
    await call
  } catch (e) {
    error = e
  }
  assert.ok(
    error instanceof FetchError,
    `expected a FetchError, got ${error === undefined ? "success" : String(error)}`,
  )
  assert.equal(error.status, status, `status of "${error.message}"`)
  if (typeof message === "string") assert.equal(error.message, message)
  else assert.match(error.message, message)
  return error
}

/** ids of a list, in order */
export const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

/** Each call in turn, made when its turn comes, must fail with its FetchError's status and message. */
export async function fetchErrors(cases: [call: () => Promise<unknown>, status: number, message: string | RegExp][]) {
  for (const [call, status, message] of cases) await fetchError(call(), status, message)
}
