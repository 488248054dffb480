import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { systemProvider } from "./migrations/0002_system_provider.js"
import { TaxProvider } from "./models/tax-provider.js"
import { TaxRate, TaxRateRule } from "./models/tax-rate.js"
import { TaxRegion } from "./models/tax-region.js"
import { TaxService } from "./service.js"

export const taxModule = defineModule({
  name: "tax",
  migrations: [initial, systemProvider],
  service: TaxService,
})

export { TaxService, TaxProvider, TaxRegion, TaxRate, TaxRateRule }
