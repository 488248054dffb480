/** What computeActions reads: promotions as stored, and the cart as Medusa's context. */
export interface RuleData {
  attribute: string
  operator: string
  values: { value: string }[]
}
export interface PromotionData {
  id: string
  code: string
  type: "standard" | "buyget"
  is_automatic: boolean
  is_tax_inclusive: boolean
  limit: number | null
  used: number
  rules: RuleData[]
  campaign: { budget: { id: string; type: string; limit: number | null; used: number } | null } | null
  application_method: {
    value: number
    type: "fixed" | "percentage"
    target_type: "order" | "items" | "shipping_methods"
    allocation: "each" | "across" | "once" | null
    currency_code: string | null
    max_quantity: number | null
    apply_to_quantity: number | null
    buy_rules_min_quantity: number | null
    target_rules: RuleData[]
    buy_rules: RuleData[]
  } | null
}
export interface ItemContext {
  id: string
  quantity: number
  subtotal: number
  original_total: number
  is_discountable: boolean
  [key: string]: unknown
}
export interface ShippingContext {
  id: string
  subtotal: number
  [key: string]: unknown
}
export interface CartContext {
  currency_code: string
  items: ItemContext[]
  shipping_methods: ShippingContext[]
  [key: string]: unknown
}

export type Action =
  | { action: "addItemAdjustment"; item_id: string; amount: number; code: string; is_tax_inclusive?: boolean }
  | { action: "addShippingMethodAdjustment"; shipping_method_id: string; amount: number; code: string }
  | { action: "campaignBudgetExceeded" | "promotionLimitExceeded"; code: string }

/** The running discount per item or method (Medusa's methodIdPromoValueMap). */
export type Applied = Map<string, bigint>
