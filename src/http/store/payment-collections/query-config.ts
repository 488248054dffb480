/** Medusa 2.21.2's store payment collection fields. */
export const DEFAULT_PAYMENT_COLLECTION_FIELDS = ["id", "currency_code", "amount", "*payment_sessions"]

const EXTRA_FIELDS = [
  "status",
  "payment_providers",
  "payment_providers.id",
  "payment_sessions.id",
  "payment_sessions.amount",
  "payment_sessions.currency_code",
  "payment_sessions.provider_id",
  "payment_sessions.data",
  "payment_sessions.status",
]

export const ALLOWED_PAYMENT_COLLECTION_FIELDS: ReadonlySet<string> = new Set(
  [...DEFAULT_PAYMENT_COLLECTION_FIELDS, ...EXTRA_FIELDS].map((f) => f.replace(/(^\*|\.\*$)/, "")),
)
