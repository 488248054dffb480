import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { AuthIdentity, ProviderIdentity } from "./models/auth-identity.js"
import { AuthService } from "./service.js"

export const authModule = defineModule({
  name: "auth",
  models: [AuthIdentity, ProviderIdentity],
  migrations: [initial],
  service: AuthService,
})

export { AuthService, AuthIdentity, ProviderIdentity }
