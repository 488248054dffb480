import { z } from "zod"
import { andOrOperators, listParams, retrieveParams, stringOrArray } from "../../validation/common.js"

/** Query of the store order routes (and of cart completion): `fields` only. */
export const OrderQuery = z.object(retrieveParams()).strict()

const listFilters = { id: stringOrArray().optional(), status: stringOrArray().optional() }

/** GET /store/orders (Medusa's StoreGetOrdersParams). */
export const ListOrdersQuery = z.object({ ...listParams(50), ...listFilters, ...andOrOperators(listFilters) }).strict()
