import { useSyncExternalStore } from "react"

/** The admin's bearer token, kept in localStorage so a reload stays signed in. */
const STORAGE_KEY = "salesgraph.admin.token"
const listeners = new Set<() => void>()
let token: string | null = readStored()

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

export function getToken(): string | null {
  return token
}

export function setToken(next: string | null): void {
  token = next
  try {
    if (next) localStorage.setItem(STORAGE_KEY, next)
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // storage unavailable (private mode): the token lives in memory only
  }
  for (const listener of listeners) listener()
}

export function signOut(): void {
  setToken(null)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // signing in or out in another tab
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return
    token = event.newValue
    listener()
  }
  window.addEventListener("storage", onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("storage", onStorage)
  }
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken)
}
