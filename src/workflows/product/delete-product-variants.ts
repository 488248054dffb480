import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { deleteInventoryItemsStep } from "../inventory/delete-inventory-items.js"

interface VariantInventory {
  id: string
  manage_inventory: boolean
  inventory: { id: string; variants: { id: string }[] }[]
}

/** Items of managed variants that no variant outside the deleted set uses: they go too. */
export function exclusiveItems(variants: VariantInventory[]): string[] {
  const deleted = new Set(variants.map((v) => v.id))
  const items = new Set<string>()
  for (const v of variants) {
    if (!v.manage_inventory) continue
    for (const item of v.inventory) if (item.variants.every((other) => deleted.has(other.id))) items.add(item.id)
  }
  return [...items]
}

export const VARIANT_INVENTORY_FIELDS = ["id", "manage_inventory", "inventory.id", "inventory.variants.id"]

/**
 * Steps of delete-product-variants: read their inventory · soft-delete their links · delete
 * the inventory items only they used · soft-delete the variants (prices follow) · emit
 * `product-variant.deleted`.
 */
export async function deleteVariantsStep(tx: Container, ids: string[]): Promise<void> {
  if (ids.length === 0) return
  const { data } = await tx.query.graph<VariantInventory>({
    entity: "product_variant",
    fields: VARIANT_INVENTORY_FIELDS,
    filters: { id: ids },
  })
  await tx.link.delete({ product: { variant_id: ids } })
  await deleteInventoryItemsStep(tx, exclusiveItems(data))
  const removed = await tx.modules.product.softDeleteProductVariants(ids)
  for (const id of removed.variant_id ?? []) tx.emit("product-variant.deleted", { id })
}

/** DELETE /admin/products/:id/variants/:variant_id (Medusa ignores the product id; an unknown product is a 404 here, a 500 there). */
export function deleteProductVariantWorkflow(c: Container, productId: string, variantId: string): Promise<void> {
  return c.transaction(async (tx) => {
    const { data } = await tx.query.graph<{ id: string }>({
      entity: "product",
      fields: ["id"],
      filters: { id: productId },
    })
    if (!data.length) throw notFound(`Product with id "${productId}" not found`)
    await deleteVariantsStep(tx, [variantId])
  })
}
