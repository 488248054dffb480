import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"

/** The parent's mpath (null for a root); an unknown parent is refused before anything is written. */
export async function parentPath(tx: Container, parentId: string | null): Promise<string | null> {
  if (parentId === null) return null
  const [parent] = await tx.modules.product.listProductCategories({ id: parentId }, { select: ["id", "mpath"] })
  // Medusa answers 500 invalid_argument with this message; a caller's mistake is a 400 here
  if (!parent) throw invalidData(`Parent category with id: '${parentId}' does not exist`)
  return parent.mpath
}

/**
 * The rank `id` takes under `parentId`: `wanted`, at most the number of siblings (default:
 * after them); siblings at or after it move down one. Medusa's tree repository does the same;
 * a fractional rank goes up to the next whole one (Medusa moves the siblings from the fraction
 * on and stores it rounded: 1.5 lands at 2 there too, and 1.2 at 1 beside the sibling it left at 1).
 */
export async function placeCategoryStep(
  tx: Container,
  id: string,
  parentId: string | null,
  wanted: number | undefined,
): Promise<number> {
  const siblings = await tx.modules.product.countCategorySiblings(parentId, id)
  const rank = Math.min(Math.ceil(wanted ?? siblings), siblings)
  if (rank < siblings) await tx.modules.product.shiftCategoryRanks(parentId, rank, 1, id)
  return rank
}
