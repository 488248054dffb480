import type { Migration } from "../../db/migrate.js"

/**
 * Token buckets shared by every process on the database (one row per key; keys are validated
 * before they get a row, so the table holds at most one row per publishable key).
 */
export const rateLimitMigrations: Migration[] = [
  {
    name: "0001_rate_limit_bucket",
    up: `CREATE TABLE IF NOT EXISTS rate_limit_bucket (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  refilled_at timestamptz NOT NULL,
  granted boolean NOT NULL
);`,
  },
]
