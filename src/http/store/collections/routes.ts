import { storeRecordRoutes } from "../records.js"
import { ALLOWED_FIELDS, DEFAULT_FIELDS } from "./query-config.js"
import { ListStoreCollectionsQuery, RetrieveStoreCollectionQuery } from "./validators.js"

/** GET /store/collections (newest first, as Medusa orders them) and /store/collections/:id. */
export const storeCollectionRoutes = storeRecordRoutes({
  path: "/collections",
  entity: "product_collection",
  key: "collection",
  listKey: "collections",
  defaults: DEFAULT_FIELDS,
  allowed: ALLOWED_FIELDS,
  schemas: { list: ListStoreCollectionsQuery, retrieve: RetrieveStoreCollectionQuery },
  defaultOrder: "-created_at",
  missing: (id) => `Collection with id: ${id} was not found`,
})
