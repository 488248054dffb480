import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import { assertReferencesExist } from "./check-references.js"
import { createVariantsStep } from "./create-product-variants.js"
import { deleteVariantsStep } from "./delete-product-variants.js"
import { productColumns, type CreateVariantInput, type UpdateProductInput } from "./inputs.js"
import { assertValidHandle } from "./plan-product.js"
import { planOptionIds, removeOptions } from "./product-options.js"
import { replaceProductSalesChannels } from "./product-sales-channels.js"
import { assertShippingProfilesExist, setProductShippingProfile } from "./product-shipping-profile.js"
import { readProductState, type ProductState } from "./product-state.js"
import { updateVariantsStep, type VariantUpdate } from "./update-product-variants.js"
import { assertUniqueCombinations, resolveVariantOptions } from "./variant-options.js"

async function readProduct(tx: Container, id: string, withState: boolean): Promise<ProductState | undefined> {
  if (withState) return readProductState(tx, id)
  const { data } = await tx.query.graph<{ id: string }>({ entity: "product", fields: ["id"], filters: { id } })
  return data[0] && { id, options: [], variants: [] }
}

/** `variants` on an update is the new set: listed ids are updated, new ones created, the rest deleted. */
function planVariantSet(product: ProductState, variants: UpdateProductInput["variants"] & object) {
  const own = new Set(product.variants.map((v) => v.id))
  const unknown = variants.filter((v) => v.id && !own.has(v.id)).map((v) => v.id)
  if (unknown.length) throw invalidData(`Cannot update non-existing variants with ids: ${unknown.join(", ")}`)
  // Medusa validates the listed set as a whole: no two with the same combination
  assertUniqueCombinations(
    variants
      .filter((v) => v.options !== undefined)
      .map((v) => ({
        id: v.id,
        title: v.title ?? "",
        valueIds: resolveVariantOptions({ title: v.title ?? "", options: v.options }, product.options),
      })),
  )
  return {
    update: variants.filter((v): v is VariantUpdate => !!v.id),
    create: variants
      .filter((v) => !v.id)
      .map((v) => ({ ...v, title: v.title!, prices: v.prices ?? [] }) as CreateVariantInput),
    remove: product.variants.filter((v) => !variants.some((u) => u.id === v.id)).map((v) => v.id),
  }
}

/**
 * Steps of update-products for one product, inside the caller's transaction: validate
 * (handle, referenced tags and channels, options, variants) · update the columns (metadata
 * merges) · images, tags, categories replaced when given · options · variants · sales channels
 * replaced when given · emit `product.updated`.
 */
export async function updateProductStep(tx: Container, id: string, input: UpdateProductInput): Promise<void> {
  const product = await readProduct(tx, id, input.variants !== undefined || input.option_ids !== undefined)
  if (!product) throw notFound(`Product with id "${id}" not found`)
  assertValidHandle(input.handle)
  await assertReferencesExist(tx, {
    tagIds: (input.tags ?? []).map((t) => t.id),
    salesChannelIds: (input.sales_channels ?? []).map((s) => s.id),
  })
  await assertShippingProfilesExist(tx, [input])
  const removedOptions = input.option_ids ? await planOptionIds(tx, product, input.option_ids) : []
  const variantSet = input.variants ? planVariantSet(product, input.variants) : undefined

  const columns = productColumns(input)
  if (input.is_giftcard) columns.discountable = false
  if (Object.keys(columns).length) await tx.modules.product.updateProducts({ selector: { id }, data: columns })
  if (input.images) await tx.modules.product.replaceProductImages(id, input.images)
  if (input.tags)
    await tx.modules.product.setProductTags(
      id,
      input.tags.map((t) => t.id),
    )
  if (input.categories)
    await tx.modules.product.setProductCategories(
      id,
      input.categories.map((c) => c.id),
    )
  if (variantSet) {
    await deleteVariantsStep(tx, variantSet.remove)
    const kept = { ...product, variants: product.variants.filter((v) => !variantSet.remove.includes(v.id)) }
    const updated = await updateVariantsStep(tx, kept, variantSet.update)
    await createVariantsStep(tx, updated, variantSet.create)
  }
  await removeOptions(tx, removedOptions)
  if (input.sales_channels)
    await replaceProductSalesChannels(
      tx,
      id,
      input.sales_channels.map((s) => s.id),
    )
  await setProductShippingProfile(tx, id, input.shipping_profile_id)
  tx.emit("product.updated", { id })
}

/** update-products for one product (POST /admin/products/:id). */
export function updateProductWorkflow(c: Container, id: string, input: UpdateProductInput): Promise<void> {
  return c.transaction((tx) => updateProductStep(tx, id, input))
}
