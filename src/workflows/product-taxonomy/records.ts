import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { ModelDef } from "../../framework/model/index.js"
import type { Row } from "../../framework/service/index.js"
import { ProductCategory, ProductCollection, ProductTag, ProductType } from "../../modules/product/index.js"
import { assertExist } from "../sales-channel/link-products-to-sales-channel.js"
import { emitDeleted } from "../common/emit-deleted.js"

/**
 * The product module's taxonomy records — collections, categories, tags, types — share their
 * write steps: create / update / soft-delete a model's rows and emit Medusa's workflow events
 * (`product-collection.created`, `product-tag.updated`, `product-category.deleted`…).
 */
export interface Taxonomy {
  model: ModelDef
  /** event prefix (ProductCollectionWorkflowEvents etc.) */
  event: string
  /** how products stop referring to a deleted record */
  productColumn: "collection_id" | "type_id" | "product_tag_id" | "product_category_id"
}

export const COLLECTION: Taxonomy = {
  model: ProductCollection,
  event: "product-collection",
  productColumn: "collection_id",
}
export const CATEGORY: Taxonomy = {
  model: ProductCategory,
  event: "product-category",
  productColumn: "product_category_id",
}
export const TAG: Taxonomy = { model: ProductTag, event: "product-tag", productColumn: "product_tag_id" }
export const TYPE: Taxonomy = { model: ProductType, event: "product-type", productColumn: "type_id" }

export async function createRecordsStep(tx: Container, t: Taxonomy, rows: Row[]): Promise<Row[]> {
  const created = await tx.modules.product.repository(t.model).create(rows)
  for (const row of created) tx.emit(`${t.event}.created`, { id: row.id })
  return created
}

/** Updates a live record; `missing` is the not-found message (undefined: no such record is no error, as in Medusa). */
export async function updateRecordStep(
  tx: Container,
  t: Taxonomy,
  id: string,
  data: Row,
  missing?: string,
): Promise<Row | undefined> {
  const [row] = await tx.modules.product.repository(t.model).updateWhere({ id }, data)
  if (!row) {
    if (missing) throw notFound(missing)
    return undefined
  }
  tx.emit(`${t.event}.updated`, { id })
  return row
}

/**
 * Soft-deletes the records and detaches their products (salesgraph leaves no product pointing
 * at a deleted record; Medusa keeps the stale `collection_id` / `type_id` / pivot rows).
 */
export async function deleteRecordsStep(tx: Container, t: Taxonomy, ids: string[]): Promise<string[]> {
  const removed = await tx.modules.product.repository(t.model).setDeleted(ids, true)
  const deleted = removed[t.model.linkableKey] ?? []
  await tx.modules.product.detachFromProducts(t.productColumn, deleted)
  return emitDeleted(tx, `${t.event}.deleted`, deleted)
}

/** Medusa's `kebabCase`: the handle a collection or category gets from its title or name. */
export function kebabCase(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/[\s_]+/g, "-")
    .toLowerCase()
}

export interface ValueInput {
  value?: string
  external_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Workflows of a record with no rules of its own (tags, types; a collection's update and
 * delete): each step in one transaction. `label` words the update's 404 as Medusa does
 * (`Product tag with id "…" not found`).
 */
export function recordWorkflows<I extends Row>(t: Taxonomy, label: string) {
  return {
    create: (c: Container, input: I[]): Promise<Row[]> => c.transaction((tx) => createRecordsStep(tx, t, input)),
    update: (c: Container, id: string, update: Partial<I>): Promise<Row | undefined> =>
      c.transaction((tx) => updateRecordStep(tx, t, id, update, `${label} with id "${id}" not found`)),
    /** unknown ids are no error (Medusa answers its delete envelope) */
    delete: (c: Container, ids: string[]): Promise<string[]> => c.transaction((tx) => deleteRecordsStep(tx, t, ids)),
  }
}

export interface LinkProductsInput {
  id: string
  add?: string[]
  remove?: string[]
}

/**
 * batch-link-products-to-collection / -category: the record and every product must exist
 * (Medusa skips unknown products, and answers `{}` for an unknown category it adds nothing to)
 * · `apply` · an `<event>.updated` event (Medusa emits none here; salesgraph's store caches
 * listen to it). `missing` words an unknown record's 404 (default: `<Model> with id: … was not found`).
 */
export function linkProductsWorkflow(
  t: Taxonomy,
  apply: (tx: Container, id: string, add: string[], remove: string[]) => Promise<void>,
  missing = (id: string) => `${t.model.pascal} with id: ${id} was not found`,
) {
  return (c: Container, input: LinkProductsInput): Promise<void> =>
    c.transaction(async (tx) => {
      const add = input.add ?? []
      const remove = input.remove ?? []
      await assertExist(tx, t.model.name, [input.id], () => missing(input.id))
      await assertExist(tx, "product", [...add, ...remove], (m) => `Products with IDs ${m.join(", ")} do not exist`)
      await apply(tx, input.id, add, remove)
      tx.emit(`${t.event}.updated`, { id: input.id })
    })
}
