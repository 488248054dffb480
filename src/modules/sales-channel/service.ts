import { moduleService } from "../../framework/service/index.js"
import { SalesChannel } from "./models/sales-channel.js"

export class SalesChannelService extends moduleService({ SalesChannel }) {}
