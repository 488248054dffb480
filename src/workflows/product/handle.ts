/** Medusa's `toHandle`: a URL-friendly handle from a title, letters of any script kept. */
export function toHandle(value: string): string {
  const handle = value
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
  return handle || `product-${Math.random().toString(36).substring(2, 8)}`
}

/** Medusa's `isValidHandle`: lower-case letters (any script) and digits, single inner hyphens. */
export function isValidHandle(value: string): boolean {
  if (!value.length || /[A-Z]/.test(value)) return false
  return /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u.test(value)
}
