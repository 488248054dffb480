import { invalidData } from "../../framework/errors.js"
import { generateId } from "../../framework/ids.js"
import type { ProductGraphRows } from "../../modules/product/service.js"
import { isValidHandle, toHandle } from "./handle.js"
import { productColumns, type CreateProductInput, type NewOption } from "./inputs.js"
import { planNewVariants, type PlannedVariant } from "./plan-variants.js"
import type { OptionState } from "./variant-options.js"

export interface PlannedProduct {
  id: string
  variants: PlannedVariant[]
}

export function assertValidHandle(handle: string | undefined) {
  if (handle && !isValidHandle(handle)) {
    throw invalidData(`Invalid product handle '${handle}'. It must contain URL safe characters`)
  }
}

/**
 * The rows of one new product (Medusa's normalisation and checks): handle from the title
 * when absent, status draft, thumbnail from the first image, options exclusive to the
 * product, every variant naming a value for every option. Appended to `graph`.
 */
export function planProduct(input: CreateProductInput, graph: ProductGraphRows): PlannedProduct {
  assertValidHandle(input.handle)
  if (!input.title) throw invalidData("Product title is required")
  const id = generateId("prod")
  // `{id}` options were refused before (see refuseReusedOptions)
  const optionInputs = (input.options ?? []).filter((o): o is NewOption => !("id" in o))
  // Beyond Medusa, which creates a variant without options on a product with options (its own
  // "missing options" check never sees variants over HTTP): a variant naming no option value is
  // refused. One naming some is checked as Medusa does (resolveVariantOptions), in its words.
  const missing: string[] = []
  for (const variant of input.variants ?? []) {
    if (optionInputs.length && !Object.keys(variant.options ?? {}).length) missing.push(variant.title)
  }
  if (missing.length)
    throw invalidData(`Product "${input.title}" has variants with missing options: [${missing.join(", ")}]`)

  const options: OptionState[] = optionInputs.map((o) => ({
    id: generateId("opt"),
    title: o.title,
    // a value given twice is refused by the database, in Medusa's words
    values: o.values.map((value) => ({ id: generateId("optval"), value })),
  }))
  const images = input.images ?? []
  const columns = productColumns(input)
  ;(graph.products ??= []).push({
    ...columns,
    id,
    handle: input.handle || toHandle(input.title),
    status: input.status ?? "draft",
    thumbnail: input.thumbnail || images[0]?.url || null,
    discountable: input.is_giftcard ? false : (input.discountable ?? true),
  })
  options.forEach((option, i) => {
    const given = optionInputs[i]
    // as Medusa's product create: ranks and metadata of inline options are not kept
    ;(graph.options ??= []).push({
      id: option.id,
      title: option.title,
      is_exclusive: given.is_exclusive ?? true,
      product_id: id,
    })
    for (const value of option.values)
      (graph.optionValues ??= []).push({ id: value.id, value: value.value, option_id: option.id })
  })
  images.forEach((image, rank) => (graph.images ??= []).push({ url: image.url, rank, product_id: id }))
  for (const tag of input.tags ?? []) (graph.productTags ??= []).push([id, tag.id])
  for (const category of input.categories ?? []) (graph.productCategories ??= []).push([id, category.id])
  const variants = planNewVariants(id, input.variants ?? [], options, [], graph)
  return { id, variants }
}
