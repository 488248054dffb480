import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { countryMetadata } from "./migrations/0002_country_metadata.js"
import { Region, RegionCountry } from "./models/region.js"
import { RegionService } from "./service.js"

export const regionModule = defineModule({
  name: "region",
  migrations: [initial, countryMetadata],
  service: RegionService,
})

export { RegionService, Region, RegionCountry }
