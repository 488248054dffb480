import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import { createInventoryLevelsStep } from "../inventory/create-inventory-levels.js"
import { updateInventoryLevelsStep } from "../inventory/update-inventory-levels.js"
import { createVariantsStep } from "../product/create-product-variants.js"
import { createProductsWorkflow } from "../product/create-products.js"
import { readProductState } from "../product/product-state.js"
import { updateProductWorkflow } from "../product/update-product.js"
import { updateVariantsStep } from "../product/update-product-variants.js"
import { writeListings } from "./listings.js"
import type { ProductPlan, ProductUpdate, StockChange } from "./plan-product.js"

/**
 * Writes the plans of one batch through the product and inventory workflows, inside the
 * caller's transaction: new products in one create-products call, each changed product through
 * update-products and the variant steps, then every stock level in one create and one update.
 */
export async function writePlans(tx: Container, plans: ProductPlan[]): Promise<void> {
  const creates = plans.flatMap((p) => (p.create ? [p.create] : []))
  if (creates.length) await createProductsWorkflow(tx, creates)
  for (const plan of plans) if (plan.update) await applyUpdate(tx, plan.update)
  await applyStock(
    tx,
    plans.flatMap((p) => p.stock),
  )
  await writeListings(tx, plans)
}

async function applyUpdate(tx: Container, update: ProductUpdate): Promise<void> {
  // new values of existing options (a new size in the file) before the variants that use them;
  // the module's own rows: there is no workflow that adds a value alone
  if (update.newOptionValues.length) await tx.modules.product.createProductOptionValues(update.newOptionValues)
  if (Object.keys(update.columns).length || update.salesChannelIds) {
    await updateProductWorkflow(tx, update.id, {
      ...update.columns,
      ...(update.salesChannelIds ? { sales_channels: update.salesChannelIds.map((id) => ({ id })) } : {}),
    })
  } else if (update.newOptionValues.length) {
    tx.emit("product.updated", { id: update.id })
  }
  if (update.variantUpdates.length === 0 && update.variantCreates.length === 0) return
  let state = await readProductState(tx, update.id)
  if (!state) throw invalidData(`product ${update.id} was deleted during the import`)
  if (update.variantUpdates.length) state = await updateVariantsStep(tx, state, update.variantUpdates)
  if (update.variantCreates.length) await createVariantsStep(tx, state, update.variantCreates)
}

/** Items of variants created just now (their default item) are found by the variant's SKU. */
async function applyStock(tx: Container, changes: StockChange[]): Promise<void> {
  if (changes.length === 0) return
  const unknown = [...new Set(changes.filter((c) => !c.itemId).map((c) => c.sku))]
  const itemOf = new Map<string, string>()
  if (unknown.length) {
    const { data } = await tx.query.graph<{ sku: string; inventory_items: { inventory_item_id: string }[] }>({
      entity: "product_variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { sku: unknown },
    })
    for (const v of data) if (v.inventory_items.length === 1) itemOf.set(v.sku, v.inventory_items[0].inventory_item_id)
  }
  const resolved = changes.map((c) => {
    const itemId = c.itemId ?? itemOf.get(c.sku)
    if (!itemId) throw invalidData(`sku "${c.sku}" has no inventory item to stock`)
    return {
      inventory_item_id: itemId,
      location_id: c.location_id,
      stocked_quantity: c.stocked_quantity,
      exists: c.exists,
    }
  })
  await createInventoryLevelsStep(
    tx,
    resolved.filter((c) => !c.exists).map(({ exists, ...level }) => level),
  )
  await updateInventoryLevelsStep(
    tx,
    resolved.filter((c) => c.exists).map(({ exists, ...level }) => level),
  )
}
