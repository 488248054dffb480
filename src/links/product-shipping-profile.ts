import { defineLink } from "../framework/link/define-link.js"
import { linkSide, linkTable } from "./link-table.js"
import { ShippingProfile } from "../modules/fulfillment/index.js"
import { productSide } from "./shared-sides.js"

const shippingProfileSide = linkSide({ module: "fulfillment", model: () => ShippingProfile, alias: "shipping_profile" })

/**
 * A product ships under at most one shipping profile (Medusa's ProductShippingProfile link):
 * `product.shipping_profile` is a single object, `shipping_profile.products_link` the pivot rows.
 */
export default defineLink(
  // Medusa's `product.shipping_profiles_link` is a single row; not declared here (linkField renders lists)
  { ...productSide("shipping_profile"), isList: false, unique: true },
  // `products` is not declared by Medusa (only `products_link`); a harmless superset, as on sales channels
  shippingProfileSide("products", "products_link"),
  linkTable("product_shipping_profile", "prodsp"),
)
