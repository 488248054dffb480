import type { Migration } from "../../../db/migrate.js"
import { CURRENCIES } from "../data/currencies.js"

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`

const rows = CURRENCIES.map(
  (c) =>
    `(${quote(c.code)}, ${quote(c.code)}, ${quote(c.symbol)}, ${quote(c.symbol_native)}, ${quote(c.name)}, ${c.decimal_digits}, ${c.rounding}, ` +
    `${quote(JSON.stringify({ value: String(c.rounding), precision: 20 }))}::jsonb)`,
)

/** The currency table (DDL from the model) and Medusa's currencies, keyed by their code. */
export const currency: Migration = {
  name: "0002_currency",
  up: `CREATE TABLE IF NOT EXISTS "currency" (
  "id" text NOT NULL,
  "code" text NOT NULL,
  "symbol" text NOT NULL,
  "symbol_native" text NOT NULL,
  "name" text NOT NULL,
  "decimal_digits" integer NOT NULL DEFAULT 0,
  "rounding" numeric NOT NULL DEFAULT 0,
  "raw_rounding" jsonb NULL,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  "deleted_at" timestamptz NULL,
  CONSTRAINT "currency_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_currency_code_unique" ON "currency" ("code") WHERE "deleted_at" IS NULL;
CREATE INDEX IF NOT EXISTS "IDX_currency_deleted_at" ON "currency" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
INSERT INTO "currency" ("id", "code", "symbol", "symbol_native", "name", "decimal_digits", "rounding", "raw_rounding") VALUES
${rows.join(",\n")}
ON CONFLICT ("id") DO NOTHING;`,
}
