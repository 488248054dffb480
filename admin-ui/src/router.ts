import { useSyncExternalStore } from "react"

/** Client routes under the page's base (/app/): the channel list and one channel. */
export type Route = { name: "channels" } | { name: "channel"; id: string } | { name: "not-found" }

const BASE = import.meta.env.BASE_URL
const listeners = new Set<() => void>()

export const paths = {
  channels: () => BASE,
  channel: (id: string) => `${BASE}channels/${encodeURIComponent(id)}`,
}

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname === BASE.slice(0, -1) ? "" : null
  if (rest === null) return { name: "not-found" }
  const parts = rest.split("/").filter(Boolean)
  if (parts.length === 0 || (parts.length === 1 && parts[0] === "channels")) return { name: "channels" }
  if (parts.length === 2 && parts[0] === "channels") return { name: "channel", id: decodeURIComponent(parts[1]) }
  return { name: "not-found" }
}

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return
  history.pushState(null, "", to)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener("popstate", listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("popstate", listener)
  }
}

const currentPath = () => location.pathname

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath)
}
