import {
  createProductTypesWorkflow,
  deleteProductTypesWorkflow,
  updateProductTypeWorkflow,
} from "../../../workflows/product-type/types.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { ProductTypeSchemas } from "./validators.js"

/** /admin/product-types (Medusa 2.21: a GET of an unknown id answers 200 `{}`, a delete of one its envelope). */
export const productTypeRoutes = recordRoutes({
  path: "/product-types",
  entity: "product_type",
  key: "product_type",
  listKey: "product_types",
  object: "product_type",
  defaults: DEFAULT_FIELDS,
  schemas: ProductTypeSchemas,
  create: forOne(createProductTypesWorkflow),
  update: updateProductTypeWorkflow,
  delete: forOne(deleteProductTypesWorkflow),
})
