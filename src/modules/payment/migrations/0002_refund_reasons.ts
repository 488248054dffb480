import type { Migration } from "../../../db/migrate.js"

// refund_reason, from the model declaration (scripts/generate-migration.ts), with the three
// reasons a Medusa 2.21.2 database starts with (its payment module migration inserts them)
export const refundReasons: Migration = {
  name: "0002_refund_reasons",
  up: `CREATE TABLE IF NOT EXISTS "refund_reason" (
  "id" text NOT NULL,
  "label" text NOT NULL,
  "code" text NOT NULL,
  "description" text NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "refund_reason_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "IDX_refund_reason_deleted_at" ON "refund_reason" ("deleted_at") WHERE "deleted_at" IS NOT NULL;

INSERT INTO "refund_reason" ("id", "label", "code", "description") VALUES
  ('refr_01JDEFAULTREASON000000001', 'Customer Care Adjustment', 'customer_care_adjustment', 'Refund given as goodwill or compensation for inconvenience'),
  ('refr_01JDEFAULTREASON000000002', 'Shipping Issue', 'shipping_issue', 'Refund due to lost, delayed, or misdelivered shipment'),
  ('refr_01JDEFAULTREASON000000003', 'Pricing Error', 'pricing_error', 'Refund to correct an overcharge, missing discount, or incorrect price')
ON CONFLICT DO NOTHING;`,
}
