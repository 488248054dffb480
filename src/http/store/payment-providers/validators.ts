import { plainListQuery, text } from "../../validation/common.js"

export const PAYMENT_PROVIDER_LIMIT = 20

/** Medusa's StoreGetPaymentProvidersParams: paging, fields and a required region (no other filter). */
export const ListStorePaymentProvidersQuery = plainListQuery(PAYMENT_PROVIDER_LIMIT, { region_id: text() })
