import type { PromotionData } from "../compute/types.js"

/** A promotion as the preview reads it: whatever its status and dates. */
export interface PreviewPromotion extends PromotionData {
  status: string
  campaign: {
    starts_at: string | null
    ends_at: string | null
    budget: { id: string; type: string; limit: number | null; used: number; currency_code?: string | null } | null
  } | null
}

export type RuleType = "rules" | "target_rules" | "buy_rules"

/** One rule checked against the cart: what it expects and what the cart (or its lines) holds. */
export interface RuleCheck {
  rule_type: RuleType
  attribute: string
  operator: string
  expected: string[]
  actual: unknown[]
  passed: boolean
  /** target and buy rules: the lines (items or shipping methods) the rule holds for */
  matching_ids?: string[]
}

export type ReasonType =
  | "status_not_active"
  | "campaign_not_started"
  | "campaign_ended"
  | "usage_limit_reached"
  | "budget_exhausted"
  | "budget_exceeded"
  | "currency_mismatch"
  | "rule_failed"
  | "code_not_applied"
  | "no_target"
  | "outranked"

/** Why the promotion does not apply: a machine-readable type, a sentence, and its figures. */
export interface Reason {
  type: ReasonType
  message: string
  [detail: string]: unknown
}

export type PreviewAdjustment =
  | { item_id: string; amount: number; code: string; is_tax_inclusive: boolean }
  | { shipping_method_id: string; amount: number; code: string }
