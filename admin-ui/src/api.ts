import { getToken, signOut } from "./session"

/** An error answer of the API: Medusa's `{type, message}` body and the status code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type?: string,
  ) {
    super(message)
    this.name = "ApiError"
  }
}

type QueryValue = string | number | boolean | readonly string[] | undefined

/** A query string; arrays are sent as `key[]=a&key[]=b`, empty values are left out. */
export function query(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue
    if (Array.isArray(value)) for (const item of value) search.append(`${key}[]`, item)
    else search.append(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

async function request<T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<T> {
  const token = getToken()
  const headers: Record<string, string> = { accept: "application/json" }
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers["content-type"] = "application/json"
  let response: Response
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  } catch {
    throw new ApiError(0, "The server could not be reached.")
  }
  const text = await response.text()
  let json: unknown = undefined
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: the status line says enough
  }
  if (!response.ok) {
    // an expired or retired token: back to the sign-in form
    if (response.status === 401 && token) signOut()
    const error = (json ?? {}) as { message?: unknown; type?: unknown }
    const message =
      typeof error.message === "string" && error.message ? error.message : `Request failed (${response.status})`
    throw new ApiError(response.status, message, typeof error.type === "string" ? error.type : undefined)
  }
  return json as T
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body: unknown = {}) => request<T>("POST", path, body),
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
