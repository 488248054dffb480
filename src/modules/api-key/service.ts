import { moduleService } from "../../framework/service/index.js"
import { ApiKey } from "./models/api-key.js"

export class ApiKeyService extends moduleService({ ApiKey }) {}
