import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import {
  COLLECTION,
  createRecordsStep,
  kebabCase,
  linkProductsWorkflow,
  recordWorkflows,
} from "../product-taxonomy/records.js"

export interface CollectionInput {
  title?: string
  handle?: string
  external_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * create-collections: the handle defaults to the title in kebab-case (an empty title gives none:
 * refused in the words of Medusa's not-null check) · create · `product-collection.created`.
 */
export function createCollectionsWorkflow(
  c: Container,
  input: (CollectionInput & { title: string })[],
): Promise<Row[]> {
  const rows = input.map((i) => ({ ...i, handle: i.handle || (i.title ? kebabCase(i.title) : i.handle) }))
  if (rows.some((r) => r.handle == null))
    return Promise.reject(invalidData("Cannot set field 'handle' of Product collection to null"))
  return c.transaction((tx) => createRecordsStep(tx, COLLECTION, rows))
}

const collections = recordWorkflows<CollectionInput>(COLLECTION, "Collection")
/** update-collections: update (metadata merges) · `product-collection.updated`; an unknown id is a 404. */
export const updateCollectionWorkflow = collections.update
/** delete-collections: soft-delete · products leave them · `product-collection.deleted`. */
export const deleteCollectionsWorkflow = collections.delete

/** batch-link-products-to-collection: `add` products move into it, `remove` ones leave it. */
export const linkProductsToCollectionWorkflow = linkProductsWorkflow(COLLECTION, (tx, id, add, remove) =>
  tx.modules.product.setCollectionProducts(id, add, remove),
)
