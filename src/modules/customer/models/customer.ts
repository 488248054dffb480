import { addressColumns, model } from "../../../framework/model/index.js"

export const CustomerAddress = model.define("customer_address", {
  id: model.id({ prefix: "cuaddr" }).primaryKey(),
  address_name: model.text().searchable().nullable(),
  is_default_shipping: model.boolean().default(false),
  is_default_billing: model.boolean().default(false),
  ...addressColumns({ searchable: true }),
  phone: model.text().nullable(),
  metadata: model.json().nullable(),
  customer: model.belongsTo(() => Customer, { foreignKey: "customer_id" }),
})

/**
 * Medusa's customer: a guest (has_account false, made by checkout from an email) or an account
 * (registered through /store/customers). One live customer per email and kind, as Medusa's
 * unique (email, has_account) index.
 */
export const Customer = model.define(
  "customer",
  {
    id: model.id({ prefix: "cus" }).primaryKey(),
    company_name: model.text().searchable().nullable(),
    first_name: model.text().searchable().nullable(),
    last_name: model.text().searchable().nullable(),
    email: model.text().searchable().nullable(),
    phone: model.text().searchable().nullable(),
    has_account: model.boolean().default(false),
    metadata: model.json().nullable(),
    created_by: model.text().nullable(),
    addresses: model.hasMany(() => CustomerAddress, { foreignKey: "customer_id" }),
    groups: model.manyToMany(() => CustomerGroup, {
      table: "customer_group_customer",
      joinColumn: "customer_id",
      inverseJoinColumn: "customer_group_id",
    }),
  },
  { cascade: ["addresses"], indexes: [{ columns: ["email", "has_account"], unique: true }] },
)

/** Medusa's customer group: a named set of customers (price lists' rules name groups). */
export const CustomerGroup = model.define("customer_group", {
  id: model.id({ prefix: "cusgroup" }).primaryKey(),
  name: model.text().searchable().unique(),
  metadata: model.json().nullable(),
  created_by: model.text().nullable(),
  customers: model.manyToMany(() => Customer, {
    table: "customer_group_customer",
    joinColumn: "customer_group_id",
    inverseJoinColumn: "customer_id",
  }),
})
