import { moduleService } from "../../framework/service/index.js"
import { Store, StoreCurrency } from "./models/store.js"

export class StoreService extends moduleService({ Store, StoreCurrency }) {}
