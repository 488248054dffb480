import { defineLink } from "../framework/link/define-link.js"
import { linkSide, linkTable } from "./link-table.js"
import { ApiKey } from "../modules/api-key/index.js"
import { salesChannelSide } from "./shared-sides.js"

const apiKeySide = linkSide({ module: "api_key", model: () => ApiKey, key: "publishable_key_id", alias: "api_key" })

/** A publishable key scopes store requests to its channels. */
export default defineLink(
  apiKeySide("sales_channels", "sales_channels_link"),
  salesChannelSide("publishable_api_keys", "api_keys_link"),
  linkTable("publishable_api_key_sales_channel", "pksc"),
)
