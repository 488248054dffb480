import assert from "node:assert/strict"
import type { TestServer } from "../../../../test-support/http.js"

/** Medusa's storefront sign-up: register → create the customer with that token → log in. */
export async function signUp(
  s: TestServer,
  email: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; token: string }> {
  const reg = await s.request("POST", "/auth/customer/emailpass/register", {
    body: { email, password: "pw-1" },
    token: null,
  })
  assert.equal(reg.status, 200, JSON.stringify(reg.body))
  const created = await s.request("POST", "/store/customers", {
    key: s.publishableKey,
    token: reg.body.token,
    body: { email, ...body },
  })
  assert.equal(created.status, 200, JSON.stringify(created.body))
  const login = await s.request("POST", "/auth/customer/emailpass", { body: { email, password: "pw-1" }, token: null })
  assert.equal(login.status, 200, JSON.stringify(login.body))
  return { id: created.body.customer.id, token: login.body.token }
}

export const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
