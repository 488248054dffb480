import { invalidData } from "../../framework/errors.js"

/** A product's options as the variant checks need them. */
export interface OptionState {
  id: string
  title: string
  values: { id: string; value: string }[]
}

export interface VariantOptionState {
  id?: string
  title: string
  /** option value ids */
  valueIds: string[]
}

/** Medusa's assignOptionsToVariants for one variant: `{<option title>: <value>}` → option value ids. */
export function resolveVariantOptions(
  variant: { title: string; options?: Record<string, string> },
  options: OptionState[],
): string[] {
  const provided = Object.entries(variant.options ?? {})
  if (provided.length && options.length !== provided.length) {
    throw invalidData(
      `Product has ${options.length} option values but there were ${provided.length} provided option values for the variant: ${variant.title}.`,
    )
  }
  return provided.map(([title, value]) => {
    const match = options.find((o) => o.title === title)?.values.find((v) => v.value === value)
    if (!match) throw invalidData(`Option value ${value} does not exist for option ${title}`)
    return match.id
  })
}

const sameCombination = (a: string[], b: string[]) => a.length > 0 && a.every((id) => b.includes(id))

/** Variants written together may not share a combination of option values. */
export function assertUniqueCombinations(variants: VariantOptionState[]): void {
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      if (sameCombination(variants[i].valueIds, variants[j].valueIds)) {
        throw invalidData(
          `Variant "${variants[i].title}" has same combination of option values as "${variants[j].title}".`,
        )
      }
    }
  }
}

/** A new or changed variant may not repeat the combination of another of the product's variants. */
export function assertNotTaken(changed: VariantOptionState[], existing: VariantOptionState[]): void {
  for (const variant of changed) {
    const taken = existing.find((e) => e.id !== variant.id && sameCombination(variant.valueIds, e.valueIds))
    if (taken) throw invalidData(`Variant (${taken.title}) with provided options already exists.`)
  }
}
