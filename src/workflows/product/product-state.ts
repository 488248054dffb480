import type { Container } from "../../app/container.js"
import type { OptionState, VariantOptionState } from "./variant-options.js"

export interface VariantState extends VariantOptionState {
  id: string
  manage_inventory: boolean
}

export interface ProductState {
  id: string
  options: OptionState[]
  variants: VariantState[]
}

interface Raw {
  id: string
  options: OptionState[]
  variants: { id: string; title: string; manage_inventory: boolean; options: { id: string }[] }[]
}

/** What variant writes check against: the product's options and its variants' combinations. */
export async function readProductState(tx: Container, productId: string): Promise<ProductState | undefined> {
  const { data } = await tx.query.graph<Raw>({
    entity: "product",
    fields: [
      "id",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.title",
      "variants.manage_inventory",
      "variants.options.id",
    ],
    filters: { id: productId },
  })
  const [raw] = data
  if (!raw) return undefined
  return {
    id: raw.id,
    options: raw.options,
    variants: raw.variants.map((v) => ({
      id: v.id,
      title: v.title,
      manage_inventory: v.manage_inventory,
      valueIds: v.options.map((o) => o.id),
    })),
  }
}
