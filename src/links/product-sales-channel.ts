import { defineLink } from "../framework/link/define-link.js"
import { linkTable } from "./link-table.js"
import { model } from "../framework/model/index.js"
import { productSide, salesChannelSide } from "./shared-sides.js"

/**
 * A product is sold in the channels it is linked to. The link row is the product's listing in
 * that channel (docs/channel-listings.md): `visible` in listings, counts and search;
 * `purchasable` in carts; served by the store only from `available_from` (inclusive) until
 * `available_until` (exclusive). The defaults keep Medusa's all-or-nothing link.
 */
export default defineLink(
  productSide("sales_channels", "sales_channels_link"),
  // `products` is not declared by Medusa (only `products_link`); it is a harmless superset
  salesChannelSide("products", "products_link"),
  {
    ...linkTable("product_sales_channel", "prodsc"),
    addedColumns: {
      2: {
        visible: model.boolean().default(true).def,
        purchasable: model.boolean().default(true).def,
        available_from: model.dateTime().nullable().def,
        available_until: model.dateTime().nullable().def,
      },
    },
  },
)
