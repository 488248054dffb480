import { z } from "zod"
import { collectionFilterFields } from "../../validation/collections.js"
import { listQuery, retrieveParams } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const { deleted_at, ...filterFields } = collectionFilterFields

export const ListStoreCollectionsQuery = listQuery(DEFAULT_LIMIT, filterFields)
export const RetrieveStoreCollectionQuery = z.object(retrieveParams()).strict()
