import type { BusEvent } from "./event.js"

export type EventHandler = (event: BusEvent) => Promise<void> | void

/** In-process subscribers by event name (`*` for all, `product.*` for a prefix). */
export class EventBus {
  private readonly subscribers: { pattern: string; handler: EventHandler }[] = []

  subscribe(pattern: string, handler: EventHandler): () => void {
    const entry = { pattern, handler }
    this.subscribers.push(entry)
    return () => {
      const i = this.subscribers.indexOf(entry)
      if (i >= 0) this.subscribers.splice(i, 1)
    }
  }

  handlersFor(name: string): EventHandler[] {
    return this.subscribers
      .filter(
        ({ pattern }) =>
          pattern === "*" || pattern === name || (pattern.endsWith(".*") && name.startsWith(pattern.slice(0, -1))),
      )
      .map((s) => s.handler)
  }
}
