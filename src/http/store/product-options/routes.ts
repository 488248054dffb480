import { z } from "zod"
import {
  andOrOperators,
  listParams,
  operatorMap,
  queryBoolean,
  retrieveParams,
  stringOrArray,
  text,
} from "../../validation/common.js"
import { allowedFields, storeRecordRoutes } from "../records.js"

const DEFAULTS = ["id", "title", "is_exclusive", "values.*", "created_at", "updated_at", "metadata"]

const filters = {
  q: text().optional(),
  id: stringOrArray().optional(),
  title: stringOrArray().optional(),
  is_exclusive: queryBoolean().optional(),
  created_at: operatorMap().optional(),
  updated_at: operatorMap().optional(),
  deleted_at: operatorMap().optional(),
}

/**
 * GET /store/product-options and /:id, as Medusa 2.21 answers them: every product option, not
 * scoped by the key's channels (Medusa's route reads them unscoped too). The storefront's product
 * page asks for the shared ones (`is_exclusive=false`).
 */
export const storeProductOptionRoutes = storeRecordRoutes({
  path: "/product-options",
  entity: "product_option",
  key: "product_option",
  listKey: "product_options",
  defaults: DEFAULTS,
  allowed: allowedFields(DEFAULTS, ["values.id", "values.value"]),
  schemas: {
    list: z.object({ ...listParams(50), ...filters, ...andOrOperators(filters) }).strict(),
    retrieve: z.object(retrieveParams()).strict(),
  },
  missing: (id) => `Product option with id: ${id} was not found`,
})
