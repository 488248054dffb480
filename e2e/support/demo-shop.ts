import type { Salesgraph } from "./salesgraph.js"

export interface DemoShop {
  /** key title ("Web shop key") → token */
  keys: Map<string, string>
  /** an admin's bearer token */
  token: string
  admin<T = Record<string, unknown>>(path: string): Promise<T>
  /** POSTs to the admin API as that admin */
  adminPost<T = Record<string, unknown>>(path: string, body: unknown): Promise<T>
}

const ADMIN = { email: "e2e-admin@example.com", password: "e2e-secret" }

/** `salesgraph seed` and an admin, as a new user makes them; the keys are read from what seed prints. */
export async function seedDemoShop(sg: Salesgraph): Promise<DemoShop> {
  const printed = await sg.cli(["seed"])
  const keys = new Map([...printed.matchAll(/^ {2}(.+? key)\s+(pk_[0-9a-f]+)\s/gm)].map((m) => [m[1], m[2]] as const))
  if (keys.size < 2) throw new Error(`seed printed no keys:\n${printed}`)
  await sg.cli(["user", "-e", ADMIN.email, "-p", ADMIN.password])
  const login = await fetch(`${sg.url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  return {
    keys,
    token,
    async admin(path) {
      const res = await fetch(`${sg.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
      return res.json() as never
    },
    async adminPost(path, body) {
      const res = await fetch(`${sg.url}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
      return res.json() as never
    },
  }
}
