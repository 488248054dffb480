import { z } from "zod"
import { andOrOperators, listParams, queryBoolean, text } from "../../validation/common.js"

const filterFields = { cart_id: text(), is_return: queryBoolean().optional() }

/** Medusa 2.21's StoreGetShippingOptions: `cart_id` required; the list parameters are accepted (the list is not paginated). */
export const ListStoreShippingOptionsQuery = z
  .object({ ...listParams(20), ...filterFields, ...andOrOperators(filterFields) })
  .strict()
