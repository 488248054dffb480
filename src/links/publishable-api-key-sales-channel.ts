import { defineLink } from "../framework/link/define-link.js"
import { linkTable } from "./link-table.js"
import { ApiKey } from "../modules/api-key/index.js"
import { SalesChannel } from "../modules/sales-channel/index.js"

/** A publishable key scopes store requests to its channels. */
export default defineLink(
  {
    module: "api_key",
    model: () => ApiKey,
    key: "publishable_key_id",
    alias: "api_key",
    field: "sales_channels",
    linkField: "sales_channels_link",
  },
  {
    module: "sales_channel",
    model: () => SalesChannel,
    key: "sales_channel_id",
    alias: "sales_channel",
    field: "publishable_api_keys",
    linkField: "api_keys_link",
  },
  linkTable("publishable_api_key_sales_channel", "pksc"),
)
