import { listQuery, queryBoolean, text } from "../../validation/common.js"

const filterFields = { cart_id: text(), is_return: queryBoolean().optional() }

/** Medusa 2.21's StoreGetShippingOptions: `cart_id` required; the list parameters are accepted (the list is not paginated). */
export const ListStoreShippingOptionsQuery = listQuery(20, filterFields)
