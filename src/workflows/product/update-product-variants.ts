import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import { createInventoryItemsStep } from "../inventory/create-inventory-items.js"
import { VARIANT_CUSTOMS_FIELDS, variantColumns, type UpdateVariantInput, type VariantFields } from "./inputs.js"
import { readProductState, type ProductState } from "./product-state.js"
import { defaultInventoryItem, variantItemLink } from "./variant-inventory.js"
import { assertNotTaken, resolveVariantOptions } from "./variant-options.js"

export type VariantUpdate = UpdateVariantInput & { id: string }

/** manage_inventory turned off: the variant's item links are dismissed (the items stay). */
async function dismissInventory(tx: Container, variantIds: string[]) {
  if (variantIds.length === 0) return
  const { data } = await tx.query.graph<{ variant_id: string; inventory_item_id: string }>({
    entity: "product_variant_inventory_item",
    fields: ["variant_id", "inventory_item_id"],
    filters: { variant_id: variantIds },
  })
  if (data.length) {
    await tx.link.dismiss(
      data.map((l) => ({
        product: { variant_id: l.variant_id },
        inventory: { inventory_item_id: l.inventory_item_id },
      })),
    )
  }
}

/** manage_inventory turned on: a variant without items gets a default one. */
async function ensureDefaultInventory(tx: Container, variantIds: string[]) {
  if (variantIds.length === 0) return
  const { data } = await tx.query.graph<VariantFields & { id: string; title: string; inventory_items: unknown[] }>({
    entity: "product_variant",
    fields: ["id", "title", "sku", ...VARIANT_CUSTOMS_FIELDS, "inventory_items.variant_id"],
    filters: { id: variantIds },
  })
  const bare = data.filter((v) => v.inventory_items.length === 0)
  const items = await createInventoryItemsStep(
    tx,
    bare.map((v) => defaultInventoryItem(v)),
  )
  if (bare.length) await tx.link.create(bare.map((v, i) => variantItemLink(v.id, items[i].id)))
}

/**
 * Steps of update-product-variants for variants of a product already read: option values
 * checked and set · columns (metadata merges) · prices replaced when given · inventory
 * toggled with manage_inventory · emit `product-variant.updated`.
 */
export async function updateVariantsStep(
  tx: Container,
  product: ProductState,
  updates: VariantUpdate[],
): Promise<ProductState> {
  const optionChanges = updates
    .filter((u) => u.options !== undefined)
    .map((u) => {
      const current = product.variants.find((v) => v.id === u.id)!
      return {
        id: u.id,
        title: u.title ?? current.title,
        valueIds: resolveVariantOptions({ title: u.title ?? current.title, options: u.options }, product.options),
      }
    })
  assertNotTaken(optionChanges, product.variants)

  for (const update of updates) {
    const columns = variantColumns(update)
    if (Object.keys(columns).length)
      await tx.modules.product.updateProductVariants({ selector: { id: update.id }, data: columns })
    const options = optionChanges.find((o) => o.id === update.id)
    if (options) await tx.modules.product.setVariantOptionValues(update.id, options.valueIds)
    if (update.prices) await tx.modules.product.replaceVariantPrices(update.id, update.prices)
  }
  await dismissInventory(
    tx,
    updates.filter((u) => u.manage_inventory === false).map((u) => u.id),
  )
  await ensureDefaultInventory(
    tx,
    updates.filter((u) => u.manage_inventory === true).map((u) => u.id),
  )
  for (const update of updates) tx.emit("product-variant.updated", { id: update.id })
  // the product as later steps must see it
  return {
    ...product,
    variants: product.variants.map((v) => {
      const changed = optionChanges.find((o) => o.id === v.id)
      return changed ? { ...v, title: changed.title, valueIds: changed.valueIds } : v
    }),
  }
}

/**
 * POST /admin/products/:id/variants/:variant_id. As in Medusa, a variant that is not the
 * product's is left alone (no error); an unknown product is a 404 (Medusa: 500).
 */
export function updateProductVariantWorkflow(
  c: Container,
  productId: string,
  variantId: string,
  update: UpdateVariantInput,
): Promise<void> {
  return c.transaction(async (tx) => {
    const product = await readProductState(tx, productId)
    if (!product) throw notFound(`Product with id "${productId}" not found`)
    if (!product.variants.some((v) => v.id === variantId)) return
    await updateVariantsStep(tx, product, [{ ...update, id: variantId }])
  })
}
