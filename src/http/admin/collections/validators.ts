import { z } from "zod"
import { collectionFilterFields } from "../../validation/collections.js"
import { listQuery, metadata, retrieveParams, text } from "../../validation/common.js"
import { DEFAULT_LIMIT } from "./query-config.js"

const filterFields = collectionFilterFields

export const ListCollectionsQuery = listQuery(DEFAULT_LIMIT, filterFields)

export const RetrieveQuery = z.object(retrieveParams()).strict()

const fields = {
  handle: text().optional(),
  external_id: text().nullable().optional(),
  metadata: metadata().optional(),
  additional_data: z.record(z.string(), z.unknown()).optional(),
}

export const CreateCollectionBody = z.object({ title: text(), ...fields }).strict()
export const UpdateCollectionBody = z.object({ title: text().optional(), ...fields }).strict()
