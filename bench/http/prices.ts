import type { ApiClient } from "./client.js"

/**
 * The first variants' `calculated_price.calculated_amount` of a store listing with `region_id`:
 * the report's proof that the priced scenario prices (null where a variant has no price).
 */
export async function calculatedAmounts(
  api: ApiClient,
  path: string,
  headers: Record<string, string>,
): Promise<(number | null)[]> {
  const { body } = await api.request("GET", path, undefined, headers)
  const products = body.products as { variants?: { calculated_price?: { calculated_amount: number } | null }[] }[]
  return products.map((p) => p.variants?.[0]?.calculated_price?.calculated_amount ?? null)
}
