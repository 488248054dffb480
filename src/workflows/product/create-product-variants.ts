import type { Container } from "../../app/container.js"
import { missingRelation } from "../../framework/errors.js"
import type { ProductGraphRows } from "../../modules/product/service.js"
import { assertReferencesExist } from "./check-references.js"
import type { CreateVariantInput } from "./inputs.js"
import { planNewVariants, type PlannedVariant } from "./plan-variants.js"
import { readProductState, type ProductState } from "./product-state.js"
import { setUpVariantInventory } from "./variant-inventory.js"

/** Steps of create-product-variants for a product already read: check · write · inventory · events. */
export async function createVariantsStep(
  tx: Container,
  product: ProductState,
  inputs: CreateVariantInput[],
): Promise<PlannedVariant[]> {
  if (inputs.length === 0) return []
  const graph: ProductGraphRows = {}
  const planned = planNewVariants(product.id, inputs, product.options, product.variants, graph)
  await assertReferencesExist(tx, {
    inventoryItemIds: planned.flatMap((v) => (v.input.inventory_items ?? []).map((i) => i.inventory_item_id)),
  })
  await tx.modules.product.createProductGraph(graph)
  await setUpVariantInventory(tx, planned)
  for (const v of planned) tx.emit("product-variant.created", { id: v.id })
  return planned
}

/** create-product-variants: new variants of one product, with their prices and inventory. */
export function createProductVariantsWorkflow(
  c: Container,
  productId: string,
  inputs: CreateVariantInput[],
): Promise<string[]> {
  return c.transaction(async (tx) => {
    const product = await readProductState(tx, productId)
    if (!product) throw missingRelation("product_id", productId)
    const planned = await createVariantsStep(tx, product, inputs)
    return planned.map((v) => v.id)
  })
}
