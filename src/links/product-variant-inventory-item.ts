import { defineLink } from "../framework/link/define-link.js"
import { linkTable } from "./link-table.js"
import { model } from "../framework/model/index.js"
import { InventoryItem } from "../modules/inventory/index.js"
import { ProductVariant } from "../modules/product/index.js"

/** A variant consumes `required_quantity` of each linked inventory item per unit sold. */
export default defineLink(
  // variant.inventory_items = pivot rows (with required_quantity and `.inventory`); variant.inventory = the items
  {
    module: "product",
    model: () => ProductVariant,
    key: "variant_id",
    alias: "variant",
    field: "inventory",
    linkField: "inventory_items",
  },
  {
    module: "inventory",
    model: () => InventoryItem,
    key: "inventory_item_id",
    alias: "inventory",
    field: "variants",
    linkField: "variant_links",
  },
  {
    ...linkTable("product_variant_inventory_item", "pvitem"),
    extraColumns: { required_quantity: model.number().default(1).def },
  },
)
