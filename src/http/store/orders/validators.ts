import { z } from "zod"
import { listQuery, retrieveParams, stringOrArray } from "../../validation/common.js"

/** Query of the store order routes (and of cart completion): `fields` only. */
export const OrderQuery = z.object(retrieveParams()).strict()

const listFilters = { id: stringOrArray().optional(), status: stringOrArray().optional() }

/** GET /store/orders (Medusa's StoreGetOrdersParams). */
export const ListOrdersQuery = listQuery(50, listFilters)
