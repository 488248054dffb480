import { z } from "zod"
import { collectionFilterFields } from "../../validation/collections.js"
import { andOrOperators, listParams, retrieveParams } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const { deleted_at, ...filterFields } = collectionFilterFields

export const ListStoreCollectionsQuery = z
  .object({ ...listParams(DEFAULT_LIMIT), ...filterFields, ...andOrOperators(filterFields) })
  .strict()
export const RetrieveStoreCollectionQuery = z.object(retrieveParams()).strict()
