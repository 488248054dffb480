import { moduleService } from "../../framework/service/index.js"
import { AuthIdentity, ProviderIdentity } from "./models/auth-identity.js"

export class AuthService extends moduleService({ AuthIdentity, ProviderIdentity }) {}
