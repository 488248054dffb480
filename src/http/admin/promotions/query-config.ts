/** Medusa 2.21.2's default fields of a promotion and of a rule. */
export const PROMOTION_FIELDS = [
  "id",
  "code",
  "is_automatic",
  "is_tax_inclusive",
  "type",
  "limit",
  "used",
  "status",
  "created_at",
  "updated_at",
  "deleted_at",
  "metadata",
  "campaign_id",
  "*campaign",
  "*campaign.budget",
  "*application_method",
  "*application_method.buy_rules",
  "application_method.buy_rules.values.value",
  "*application_method.target_rules",
  "application_method.target_rules.values.value",
  "rules.id",
  "rules.attribute",
  "rules.operator",
  "rules.values.value",
] as const

export const RULE_FIELDS = ["id", "description", "attribute", "operator", "values.value"]
