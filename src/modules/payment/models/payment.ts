import { model, rawColumn as raw } from "../../../framework/model/index.js"
import { ident, sql } from "../../../framework/sql/sql.js"

export const PaymentProvider = model.define("payment_provider", {
  /** provider ids are names, not generated: `pp_system_default` */
  id: model.id({ prefix: "pp" }).primaryKey(),
  is_enabled: model.boolean().default(true),
})

export const PaymentSession = model.define("payment_session", {
  id: model.id({ prefix: "payses" }).primaryKey(),
  currency_code: model.text(),
  amount: model.number(),
  provider_id: model.text(),
  data: model.json().default({}),
  context: model.json().nullable(),
  status: model.enum(["authorized", "captured", "pending", "requires_more", "error", "canceled"]).default("pending"),
  authorized_at: model.dateTime().nullable(),
  payment_collection_id: model.text().index(),
  metadata: model.json().nullable(),
  payment_collection: model.belongsTo(() => PaymentCollection, { foreignKey: "payment_collection_id" }),
  raw_amount: raw("amount"),
  /** the payment made from this session once authorized (`{id}`), else null */
  payment: model.computed({
    type: "json",
    expression: (alias) =>
      sql`SELECT json_build_object('id', p.id) FROM payment p
          WHERE p.payment_session_id = ${ident(alias, "id")} AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1`,
  }),
})

export const Payment = model.define("payment", {
  id: model.id({ prefix: "pay" }).primaryKey(),
  amount: model.number(),
  currency_code: model.text(),
  provider_id: model.text(),
  data: model.json().nullable(),
  captured_at: model.dateTime().nullable(),
  canceled_at: model.dateTime().nullable(),
  payment_collection_id: model.text().index(),
  payment_session_id: model.text().index(),
  metadata: model.json().nullable(),
  payment_collection: model.belongsTo(() => PaymentCollection, { foreignKey: "payment_collection_id" }),
  raw_amount: raw("amount"),
})

export const PaymentCollection = model.define(
  "payment_collection",
  {
    id: model.id({ prefix: "pay_col" }).primaryKey(),
    currency_code: model.text(),
    amount: model.number(),
    authorized_amount: model.number().nullable(),
    captured_amount: model.number().nullable(),
    refunded_amount: model.number().nullable(),
    status: model
      .enum(["not_paid", "awaiting", "authorized", "partially_authorized", "canceled", "failed", "completed"])
      .default("not_paid"),
    completed_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    payment_sessions: model.hasMany(() => PaymentSession, { foreignKey: "payment_collection_id" }),
    payments: model.hasMany(() => Payment, { foreignKey: "payment_collection_id" }),
    raw_amount: raw("amount"),
    raw_authorized_amount: raw("authorized_amount"),
    raw_captured_amount: raw("captured_amount"),
    raw_refunded_amount: raw("refunded_amount"),
  },
  { cascade: ["payment_sessions", "payments"] },
)
