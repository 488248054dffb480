import {
  createProductCategoriesWorkflow,
  deleteProductCategoryWorkflow,
  updateProductCategoryWorkflow,
} from "../../../workflows/product-category/categories.js"
import { linkProductsToCategoryWorkflow } from "../../../workflows/product-category/link-products.js"
import { categoryTrees } from "../../helpers/category-tree.js"
import { recordRoutes, withoutAdditionalData } from "../../helpers/record-routes.js"
import { TREE_PARAMS } from "../../validation/categories.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateCategoryBody, ListCategoriesQuery, RetrieveCategoryQuery, UpdateCategoryBody } from "./validators.js"

/**
 * /admin/product-categories. Medusa 2.21: a GET of an unknown id is a 404, an update of one
 * answers 200 `{}`, a delete of one is a 404 (ProductCategory with id: … was not found). The
 * GETs build the trees `include_descendants_tree` / `include_ancestors_tree` ask for
 * (helpers/category-tree.ts), and so do the create and update re-reads, as Medusa's pass their
 * query on (its /:id/products re-read does not).
 */
export const productCategoryRoutes = recordRoutes({
  path: "/product-categories",
  entity: "product_category",
  key: "product_category",
  listKey: "product_categories",
  object: "product_category",
  defaults: DEFAULT_FIELDS,
  schemas: {
    list: ListCategoriesQuery,
    retrieve: RetrieveCategoryQuery,
    create: CreateCategoryBody,
    update: UpdateCategoryBody,
  },
  extraParams: TREE_PARAMS,
  create: (c, body) => createProductCategoriesWorkflow(c, [withoutAdditionalData(body)]),
  update: (c, id, body) => updateProductCategoryWorkflow(c, id, withoutAdditionalData(body)),
  delete: deleteProductCategoryWorkflow,
  linkProducts: linkProductsToCategoryWorkflow,
  missing: (id) => `Product category with id: ${id} was not found`,
  reshape: categoryTrees(true),
})
