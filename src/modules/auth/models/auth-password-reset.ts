import { model } from "../../../framework/model/index.js"

/**
 * An outstanding password-reset token (Medusa's reset-password flow): the token's `jti`, so
 * each token changes a password once and only before it expires.
 */
export const AuthPasswordReset = model.define("auth_password_reset", {
  id: model.id({ prefix: "pwreset" }).primaryKey(),
  jti: model.text().unique(),
  provider: model.text(),
  entity_id: model.text(),
  expires_at: model.dateTime(),
})
