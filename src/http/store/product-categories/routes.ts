import { TREE_PARAMS } from "../../validation/categories.js"
import { storeRecordRoutes } from "../records.js"
import { ALLOWED_FIELDS, DEFAULT_FIELDS } from "./query-config.js"
import { categoryTrees } from "../../helpers/category-tree.js"
import { ListStoreCategoriesQuery, RetrieveStoreCategoryQuery } from "./validators.js"

/**
 * GET /store/product-categories and /:id: active, public categories only (their nested parent
 * and children are shown as they are, as in Medusa, unless a tree is asked for: helpers/category-tree.ts).
 * Medusa answers an unknown or hidden id with 200 `{}`.
 */
export const storeProductCategoryRoutes = storeRecordRoutes({
  path: "/product-categories",
  entity: "product_category",
  key: "product_category",
  listKey: "product_categories",
  defaults: DEFAULT_FIELDS,
  allowed: ALLOWED_FIELDS,
  schemas: { list: ListStoreCategoriesQuery, retrieve: RetrieveStoreCategoryQuery },
  fixedFilters: { is_active: true, is_internal: false },
  extraParams: TREE_PARAMS,
  reshape: categoryTrees(),
})
