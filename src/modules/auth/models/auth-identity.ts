import { model } from "../../../framework/model/index.js"

export const ProviderIdentity = model.define(
  "provider_identity",
  {
    id: model.id({ prefix: "provid" }).primaryKey(),
    /** the login name for the provider (the email for emailpass) */
    entity_id: model.text(),
    provider: model.text(),
    auth_identity_id: model.text().index(),
    user_metadata: model.json().nullable(),
    /** emailpass: `{ password: <scrypt hash> }`; never output */
    provider_metadata: model.json().nullable(),
    auth_identity: model.belongsTo(() => AuthIdentity, { foreignKey: "auth_identity_id" }),
  },
  { indexes: [{ columns: ["entity_id", "provider"], unique: true }] },
)

export const AuthIdentity = model.define(
  "auth_identity",
  {
    id: model.id({ prefix: "authid" }).primaryKey(),
    app_metadata: model.json().nullable(),
    provider_identities: model.hasMany(() => ProviderIdentity, { foreignKey: "auth_identity_id" }),
  },
  { cascade: ["provider_identities"] },
)
