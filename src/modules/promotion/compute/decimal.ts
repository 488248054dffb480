/**
 * Decimals as Medusa's MathBN computes them (bignumber.js, 20 decimal places): a bigint scaled
 * by 10^20. Sums and products are exact to that scale; a quotient rounds half up at the 20th
 * place. The result is turned into the nearest double from its decimal text, as Medusa does.
 */
export type D = bigint

const PLACES = 20
const SCALE = 10n ** BigInt(PLACES)

export function dec(n: number | string | null | undefined): D {
  if (n === null || n === undefined) return 0n
  let text = typeof n === "number" ? String(n) : n
  if (/e/i.test(text)) text = Number(text).toFixed(PLACES)
  const negative = text.startsWith("-")
  const [whole, fraction = ""] = text.replace(/^[-+]/, "").split(".")
  const value = BigInt(whole || "0") * SCALE + BigInt((fraction + "0".repeat(PLACES)).slice(0, PLACES) || "0")
  return negative ? -value : value
}

export const mul = (a: D, b: D): D => (a * b) / SCALE
export function div(a: D, b: D): D {
  const q = (a * SCALE * 10n) / b
  return (q + (q >= 0n ? 5n : -5n)) / 10n
}
export const min = (...xs: D[]): D => xs.reduce((m, x) => (x < m ? x : m))
export const max = (...xs: D[]): D => xs.reduce((m, x) => (x > m ? x : m))

export function num(d: D): number {
  const negative = d < 0n
  const abs = negative ? -d : d
  const text = `${abs / SCALE}.${(abs % SCALE).toString().padStart(PLACES, "0")}`
  return Number(negative ? `-${text}` : text)
}

export const EPSILON = dec("0.0001") // Medusa's MEDUSA_EPSILON
