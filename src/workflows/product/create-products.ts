import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import type { ProductGraphRows } from "../../modules/product/service.js"
import { assertReferencesExist } from "./check-references.js"
import type { CreateProductInput } from "./inputs.js"
import { planProduct } from "./plan-product.js"
import { refuseReusedOptions } from "./product-options.js"
import { linkNewProductsToChannels } from "./product-sales-channels.js"
import { assertShippingProfilesExist, linkNewProductsToShippingProfiles } from "./product-shipping-profile.js"
import { setUpVariantInventory } from "./variant-inventory.js"

/**
 * Steps of create-products, inside the caller's transaction: validate (options present,
 * handles, variant options, referenced tags, inventory items and channels) · write products
 * with everything they own in one statement · link the channels · default inventory items and
 * variant links · emit `product-variant.created`, `product.created`. Returns the product ids.
 */
export async function createProductsStep(tx: Container, inputs: CreateProductInput[]): Promise<string[]> {
  const withoutOptions = inputs.filter((p) => !p.options?.length).map((p) => p.title)
  if (withoutOptions.length) throw invalidData(`Product options are not provided for: [${withoutOptions.join(", ")}].`)
  await refuseReusedOptions(
    tx,
    inputs.flatMap((p) => (p.options ?? []).flatMap((o) => ("id" in o ? [o.id] : []))),
  )
  const graph: ProductGraphRows = {}
  const planned = inputs.map((input) => planProduct(input, graph))
  const variants = planned.flatMap((p) => p.variants)
  const channelIds = inputs.flatMap((p) => (p.sales_channels ?? []).map((s) => s.id))
  // the channels are checked by the link statement itself (one round trip less), unless a
  // shipping profile check comes after them: a refusal must name what it named before
  const checkChannelsFirst = inputs.some((p) => typeof p.shipping_profile_id === "string")
  await assertReferencesExist(tx, {
    tagIds: inputs.flatMap((p) => (p.tags ?? []).map((t) => t.id)),
    inventoryItemIds: variants.flatMap((v) => (v.input.inventory_items ?? []).map((i) => i.inventory_item_id)),
    salesChannelIds: checkChannelsFirst ? channelIds : [],
  })
  await assertShippingProfilesExist(tx, inputs)

  await tx.modules.product.createProductGraph(graph)
  await linkNewProductsToChannels(
    tx,
    inputs.flatMap((input, i) => (input.sales_channels ?? []).map((sc): [string, string] => [planned[i].id, sc.id])),
  )
  await linkNewProductsToShippingProfiles(
    tx,
    planned.map((p) => p.id),
    inputs,
  )
  await setUpVariantInventory(tx, variants)
  for (const v of variants) tx.emit("product-variant.created", { id: v.id })
  for (const p of planned) tx.emit("product.created", { id: p.id })
  return planned.map((p) => p.id)
}

/** create-products: new products with their options, variants, prices, channels and inventory. */
export function createProductsWorkflow(c: Container, inputs: CreateProductInput[]): Promise<string[]> {
  return c.transaction((tx) => createProductsStep(tx, inputs))
}
