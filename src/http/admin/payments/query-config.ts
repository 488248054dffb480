export const PAYMENT_PROVIDER_FIELDS = ["id", "is_enabled"]
export const PAYMENT_PROVIDER_LIMIT = 20
