import type { Container } from "../../app/container.js"
import { deleteInventoryItemsStep } from "../inventory/delete-inventory-items.js"
import { exclusiveItems, VARIANT_INVENTORY_FIELDS } from "./delete-product-variants.js"

interface ProductInventory {
  id: string
  options: { id: string; is_exclusive: boolean }[]
  variants: { id: string; manage_inventory: boolean; inventory: { id: string; variants: { id: string }[] }[] }[]
}

/**
 * Steps of delete-products, inside the caller's transaction: read the variants' inventory ·
 * delete the inventory items only these variants used (refused when reserved) · soft-delete
 * the products' and variants' link rows · soft-delete the products (variants, prices, options,
 * values follow) · emit `product-option.deleted` for their exclusive options (Medusa's
 * delete-product-options) and `product.deleted`. Unknown ids are ignored, as in Medusa.
 */
export async function deleteProductsStep(tx: Container, ids: string[]): Promise<string[]> {
  const { data } = await tx.query.graph<ProductInventory>({
    entity: "product",
    fields: ["id", "options.id", "options.is_exclusive", ...VARIANT_INVENTORY_FIELDS.map((f) => `variants.${f}`)],
    filters: { id: ids },
  })
  if (data.length === 0) return []
  const variants = data.flatMap((p) => p.variants)
  await deleteInventoryItemsStep(tx, exclusiveItems(variants))
  await tx.link.delete({ product: { product_id: data.map((p) => p.id), variant_id: variants.map((v) => v.id) } })
  const removed = await tx.modules.product.softDeleteProducts(data.map((p) => p.id))
  const deleted = removed.product_id ?? []
  for (const option of data.flatMap((p) => p.options))
    if (option.is_exclusive) tx.emit("product-option.deleted", { id: option.id })
  for (const id of deleted) tx.emit("product.deleted", { id })
  return deleted
}

/** delete-products: soft-deletes the products with everything they own; returns the ids deleted. */
export function deleteProductsWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction((tx) => deleteProductsStep(tx, ids))
}
