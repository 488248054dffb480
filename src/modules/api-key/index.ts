import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { ApiKey } from "./models/api-key.js"
import { ApiKeyService } from "./service.js"

export const apiKeyModule = defineModule({
  name: "api_key",
  migrations: [initial],
  service: ApiKeyService,
})

export { ApiKeyService, ApiKey }
