import {
  createCollectionsWorkflow,
  deleteCollectionsWorkflow,
  linkProductsToCollectionWorkflow,
  updateCollectionWorkflow,
} from "../../../workflows/product-collection/collections.js"
import { forOne, recordRoutes, withoutAdditionalData } from "../../helpers/record-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateCollectionBody, ListCollectionsQuery, RetrieveQuery, UpdateCollectionBody } from "./validators.js"

/** /admin/collections (Medusa 2.21: a GET of an unknown id answers 200 `{}`, a delete of one its envelope). */
export const collectionRoutes = recordRoutes({
  path: "/collections",
  entity: "product_collection",
  key: "collection",
  listKey: "collections",
  object: "collection",
  defaults: DEFAULT_FIELDS,
  schemas: {
    list: ListCollectionsQuery,
    retrieve: RetrieveQuery,
    create: CreateCollectionBody,
    update: UpdateCollectionBody,
  },
  create: (c, body) => createCollectionsWorkflow(c, [withoutAdditionalData(body)]),
  update: (c, id, body) => updateCollectionWorkflow(c, id, withoutAdditionalData(body)),
  delete: forOne(deleteCollectionsWorkflow),
  linkProducts: linkProductsToCollectionWorkflow,
})
