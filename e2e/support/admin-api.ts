/** A small admin and store API client for end-to-end checks (Bearer token of a user). */
export interface Api {
  token: string
  get<T = any>(path: string, headers?: Record<string, string>): Promise<T>
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>
}

async function call(url: string, method: string, headers: Record<string, string>, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: {
      accept: "application/json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`)
  return JSON.parse(text)
}

/** Signs in with email and password and returns a client sending the token. */
export async function adminApi(base: string, email: string, password: string): Promise<Api> {
  const { token } = await call(`${base}/auth/user/emailpass`, "POST", {}, { email, password })
  const auth = { authorization: `Bearer ${token}` }
  return {
    token,
    get: (path, headers = {}) => call(base + path, "GET", { ...auth, ...headers }),
    post: (path, body, headers = {}) => call(base + path, "POST", { ...auth, ...headers }, body),
  }
}
