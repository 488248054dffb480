import { z } from "zod"
import { listParams, text } from "../../validation/common.js"

export const PAYMENT_PROVIDER_LIMIT = 20

/** Medusa's StoreGetPaymentProvidersParams: paging, fields and a required region (no other filter). */
export const ListStorePaymentProvidersQuery = z
  .object({ ...listParams(PAYMENT_PROVIDER_LIMIT), region_id: text() })
  .strict()
