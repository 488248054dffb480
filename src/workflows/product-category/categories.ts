import type { Container } from "../../app/container.js"
import { invalidData, notAllowed, notFound } from "../../framework/errors.js"
import { generateId } from "../../framework/ids.js"
import type { Row } from "../../framework/service/index.js"
import {
  CATEGORY,
  createRecordsStep,
  deleteRecordsStep,
  kebabCase,
  updateRecordStep,
} from "../product-taxonomy/records.js"
import { parentPath, placeCategoryStep } from "./tree.js"

export interface CategoryInput {
  name?: string
  description?: string
  handle?: string
  is_active?: boolean
  is_internal?: boolean
  parent_category_id?: string | null
  external_id?: string | null
  metadata?: Record<string, unknown> | null
  rank?: number
}

interface CategoryRow {
  id: string
  mpath: string
  rank: number
  parent_category_id: string | null
}

async function findCategory(tx: Container, id: string): Promise<CategoryRow | undefined> {
  const [row] = await tx.modules.product.listProductCategories(
    { id },
    { select: ["id", "mpath", "rank", "parent_category_id"] },
  )
  return row as CategoryRow | undefined
}

/**
 * create-product-categories, one after the other (each one's rank depends on the previous):
 * the parent must exist · handle from the name in kebab-case · rank appended after the
 * siblings unless given (clamped, later siblings moved down, as Medusa's tree repository does)
 * · mpath from the parent's · `product-category.created`.
 */
export function createProductCategoriesWorkflow(
  c: Container,
  input: (CategoryInput & { name: string })[],
): Promise<Row[]> {
  return c.transaction(async (tx) => {
    const created: Row[] = []
    for (const category of input) {
      const parentId = category.parent_category_id ?? null
      const path = await parentPath(tx, parentId)
      const id = generateId(CATEGORY.model.idPrefix)
      const rank = await placeCategoryStep(tx, id, parentId, category.rank)
      const row = {
        ...category,
        id,
        rank,
        handle: category.handle ?? kebabCase(category.name),
        mpath: path ? `${path}.${id}` : id,
      }
      created.push(...(await createRecordsStep(tx, CATEGORY, [row])))
    }
    return created
  })
}

/**
 * update-product-categories: a new parent must exist and not be the category or under it · a
 * move or rank change closes the gap it leaves and opens one where it lands · the subtree's
 * mpath follows · metadata is replaced, not merged, as Medusa's category repository does ·
 * `product-category.updated`. An unknown id changes nothing (Medusa answers `{}`).
 */
export function updateProductCategoryWorkflow(
  c: Container,
  id: string,
  update: CategoryInput,
): Promise<Row | undefined> {
  return c.transaction(async (tx) => {
    const current = await findCategory(tx, id)
    if (!current) return undefined
    const { metadata, ...data }: CategoryInput = update
    const moving =
      update.parent_category_id !== undefined && (update.parent_category_id ?? null) !== current.parent_category_id
    if (moving || update.rank !== undefined) {
      const parentId = moving ? (update.parent_category_id ?? null) : current.parent_category_id
      const path = moving ? await parentPath(tx, parentId) : undefined
      if (path && (path === current.mpath || path.startsWith(`${current.mpath}.`))) {
        throw invalidData(`Product category with id: ${id} cannot be its own ancestor`)
      }
      await tx.modules.product.shiftCategoryRanks(current.parent_category_id, current.rank + 1, -1, id)
      data.rank = await placeCategoryStep(tx, id, parentId, update.rank ?? (moving ? undefined : current.rank))
      if (moving) await tx.modules.product.moveCategoryPaths(current.mpath, path ? `${path}.${id}` : id)
    }
    if (metadata !== undefined) await tx.modules.product.replaceCategoryMetadata(id, metadata)
    return updateRecordStep(tx, CATEGORY, id, data as Row)
  })
}

/**
 * delete-product-categories: unknown → 404, one with children → refused (Medusa's messages) ·
 * soft-delete · products lose it · later siblings move up · `product-category.deleted`.
 */
export function deleteProductCategoryWorkflow(c: Container, id: string): Promise<void> {
  return c.transaction(async (tx) => {
    const current = await findCategory(tx, id)
    if (!current) throw notFound(`ProductCategory with id: ${id} was not found`)
    if ((await tx.modules.product.countCategorySiblings(id)) > 0) {
      throw notAllowed(`Deleting ProductCategory (${id}) with category children is not allowed`)
    }
    await deleteRecordsStep(tx, CATEGORY, [id])
    await tx.modules.product.shiftCategoryRanks(current.parent_category_id, current.rank + 1, -1, id)
  })
}
