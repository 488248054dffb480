import { defineLink } from "../framework/link/define-link.js"
import { linkSide, linkTable } from "./link-table.js"
import { model } from "../framework/model/index.js"
import { InventoryItem } from "../modules/inventory/index.js"
import { ProductVariant } from "../modules/product/index.js"

const variantSide = linkSide({ module: "product", model: () => ProductVariant, alias: "variant" })
const inventorySide = linkSide({
  module: "inventory",
  model: () => InventoryItem,
  key: "inventory_item_id",
  alias: "inventory",
})

/** A variant consumes `required_quantity` of each linked inventory item per unit sold. */
export default defineLink(
  // variant.inventory_items = pivot rows (with required_quantity and `.inventory`); variant.inventory = the items
  variantSide("inventory", "inventory_items"),
  inventorySide("variants", "variant_links"),
  {
    ...linkTable("product_variant_inventory_item", "pvitem"),
    extraColumns: { required_quantity: model.number().default(1).def },
  },
)
