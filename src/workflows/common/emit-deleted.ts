import type { Container } from "../../app/container.js"

/** Emits `event` (`<entity>.deleted`) for each deleted id, and returns the ids. */
export function emitDeleted(tx: Container, event: string, deleted: string[]): string[] {
  for (const id of deleted) tx.emit(event, { id })
  return deleted
}
