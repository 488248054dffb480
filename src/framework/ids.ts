import { monotonicFactory } from "ulid"

// Monotonic: ids made in the same millisecond still sort in creation order, which is what
// Medusa's default `id ASC` ordering promises.
const nextUlid = monotonicFactory()

export function generateId(prefix: string): string {
  return `${prefix}_${nextUlid()}`
}
