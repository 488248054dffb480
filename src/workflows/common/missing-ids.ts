import type { Container } from "../../app/container.js"

/**
 * The ids among `ids` that name no live record of `entity` (each once, in the order given):
 * one Query read, nothing when `ids` is empty. Callers word the refusal as Medusa does.
 */
export async function missingIds(c: Container, entity: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const { data } = await c.query.graph<{ id: string }>({ entity, fields: ["id"], filters: { id: unique } })
  const found = new Set(data.map((r) => r.id))
  return unique.filter((id) => !found.has(id))
}
