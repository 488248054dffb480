/** A tiny JSON client for the public HTTP API (the same calls Medusa's bench makes). */
export class ApiClient {
  token?: string
  constructor(readonly base: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; ms: number }> {
    const h: Record<string, string> = { accept: "application/json", ...headers }
    if (body !== undefined) h["content-type"] = "application/json"
    if (this.token && !h.authorization) h.authorization = `Bearer ${this.token}`
    const t0 = performance.now()
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    const ms = performance.now() - t0
    let json: unknown = text
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON
    }
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`)
    return { status: res.status, body: json as T, ms }
  }

  async login(email: string, password: string) {
    this.token = (await this.request<{ token: string }>("POST", "/auth/user/emailpass", { email, password })).body.token
  }
}

export async function pool<T, R>(
  items: T[],
  concurrency: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i], i)
      }
    }),
  )
  return out
}
