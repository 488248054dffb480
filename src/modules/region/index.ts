import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { Region, RegionCountry } from "./models/region.js"
import { RegionService } from "./service.js"

export const regionModule = defineModule({
  name: "region",
  models: [Region, RegionCountry],
  migrations: [initial],
  service: RegionService,
})

export { RegionService, Region, RegionCountry }
