import type { AddressInfo } from "node:net"
import type { Config } from "../app/config.js"
import { buildServer, type ServerOptions } from "../http/server.js"
import { createDefaultsWorkflow, type Defaults } from "../workflows/defaults/create-defaults.js"
import { createUserAccountWorkflow } from "../workflows/user/create-user-account.js"
import { testApp, type TestApp } from "./app.js"

export interface TestResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface RequestOptions {
  body?: unknown
  /** raw body text (sent as is) */
  rawBody?: string
  token?: string | null
  key?: string
  headers?: Record<string, string>
}

export interface TestServer {
  app: TestApp
  url: string
  defaults: Defaults
  /** a Bearer token of the admin user created for the test */
  adminToken: string
  /** the publishable key created at boot, linked to the default channel */
  publishableKey: string
  /** sends a request; admin token by default (token: null to send none) */
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>
  /** stops the server, closes the app, drops the database: call it in an `after` hook */
  close(): Promise<void>
}

export const ADMIN = { email: "admin@salesgraph.test", password: "supersecret" }

/**
 * A real listening salesgraph on a fresh database: defaults created as at first start, an
 * admin user logged in. `close()` it in an `after` hook.
 */
export async function testServer(
  overrides: Partial<Config> = {},
  serverOptions: ServerOptions = {},
): Promise<TestServer> {
  const app = await testApp(overrides)
  const defaults = await createDefaultsWorkflow(app.container)
  await createUserAccountWorkflow(app.container, ADMIN)
  const server = await buildServer(app, serverOptions)
  await server.listen({ port: 0, host: "127.0.0.1" })
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { accept: "application/json", ...options.headers }
    let body: string | undefined
    if (options.rawBody !== undefined) {
      body = options.rawBody
      headers["content-type"] ??= "application/json"
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers["content-type"] = "application/json"
    }
    const token = options.token === undefined ? adminToken : options.token
    if (token) headers.authorization ??= `Bearer ${token}`
    if (options.key) headers["x-publishable-api-key"] = options.key
    const res = await fetch(url + path, { method, headers, body })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  let adminToken = ""
  const login = await request<{ token: string }>("POST", "/auth/user/emailpass", { body: ADMIN, token: null })
  adminToken = login.body.token
  return {
    app,
    url,
    defaults,
    adminToken,
    publishableKey: defaults.publishable_key!.token,
    request,
    async close() {
      await server.close()
      await app.dispose()
    },
  }
}
