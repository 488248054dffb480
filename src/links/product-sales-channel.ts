import { defineLink } from "../framework/link/define-link.js"
import { Product } from "../modules/product/index.js"
import { SalesChannel } from "../modules/sales-channel/index.js"

/** A product is sold in the channels it is linked to. */
export default defineLink(
  {
    module: "product",
    model: () => Product,
    key: "product_id",
    alias: "product",
    field: "sales_channels",
    linkField: "sales_channels_link",
  },
  // `products` is not declared by Medusa (only `products_link`); it is a harmless superset
  {
    module: "sales_channel",
    model: () => SalesChannel,
    key: "sales_channel_id",
    alias: "sales_channel",
    field: "products",
    linkField: "products_link",
  },
  {
    table: "product_sales_channel",
    idPrefix: "prodsc",
    eventEntity: "LinkProductSalesChannel",
    entityAliases: ["product_sales_channel", "product_sales_channels"],
  },
)
