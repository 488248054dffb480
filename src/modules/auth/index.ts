import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { secretsAndSessions } from "./migrations/0002_secrets_and_sessions.js"
import { AuthIdentity, ProviderIdentity } from "./models/auth-identity.js"
import { AuthSecret } from "./models/auth-secret.js"
import { AuthSession } from "./models/auth-session.js"
import { AuthService } from "./service.js"

export const authModule = defineModule({
  name: "auth",
  models: [AuthIdentity, ProviderIdentity, AuthSecret, AuthSession],
  migrations: [initial, secretsAndSessions],
  service: AuthService,
})

export { AuthService, AuthIdentity, ProviderIdentity, AuthSecret, AuthSession }
export type { StoredSecret } from "./secret-store.js"
export type { NewSession, StoredSession } from "./session-store.js"
