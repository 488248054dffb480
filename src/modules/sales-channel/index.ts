import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { SalesChannel } from "./models/sales-channel.js"
import { SalesChannelService } from "./service.js"

export const salesChannelModule = defineModule({
  name: "sales_channel",
  migrations: [initial],
  service: SalesChannelService,
})

export { SalesChannelService, SalesChannel }
