import { moduleService } from "../../framework/service/index.js"
import { Region, RegionCountry } from "./models/region.js"

export class RegionService extends moduleService({ Region, RegionCountry }) {}
