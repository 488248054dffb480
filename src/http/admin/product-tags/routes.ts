import {
  createProductTagsWorkflow,
  deleteProductTagsWorkflow,
  updateProductTagWorkflow,
} from "../../../workflows/product-tag/tags.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { ProductTagSchemas } from "./validators.js"

/** /admin/product-tags (Medusa 2.21: a GET of an unknown id answers 200 `{}`, a delete of one its envelope). */
export const productTagRoutes = recordRoutes({
  path: "/product-tags",
  entity: "product_tag",
  key: "product_tag",
  listKey: "product_tags",
  object: "product_tag",
  defaults: DEFAULT_FIELDS,
  schemas: ProductTagSchemas,
  create: forOne(createProductTagsWorkflow),
  update: updateProductTagWorkflow,
  delete: forOne(deleteProductTagsWorkflow),
})
