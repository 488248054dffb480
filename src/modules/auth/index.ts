import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { secretsSessionsPasswordResets } from "./migrations/0002_secrets_sessions_password_resets.js"
import { AuthIdentity, ProviderIdentity } from "./models/auth-identity.js"
import { AuthPasswordReset } from "./models/auth-password-reset.js"
import { AuthSecret } from "./models/auth-secret.js"
import { AuthSession } from "./models/auth-session.js"
import { AuthService } from "./service.js"

export const authModule = defineModule({
  name: "auth",
  migrations: [initial, secretsSessionsPasswordResets],
  service: AuthService,
})

export { AuthService, AuthIdentity, ProviderIdentity, AuthSecret, AuthSession, AuthPasswordReset }
export type { StoredSecret } from "./secret-store.js"
export type { NewSession, StoredSession } from "./session-store.js"
