import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { PriceListPrice } from "../../modules/pricing/index.js"
import { missingIds } from "../common/missing-ids.js"
import { assertVariants, priceRow, type PriceListPriceInput } from "./price-list-input.js"
import { priceListMissing } from "./price-lists.js"

export interface BatchPricesInput {
  id: string
  create?: PriceListPriceInput[]
  update?: (Partial<PriceListPriceInput> & { id: string; variant_id: string })[]
  delete?: string[]
}

/**
 * batch-price-list-prices: the list exists · the variants exist · every updated price is the
 * list's · create · update · soft-delete (unknown ids to delete are no error, as in Medusa).
 */
export function batchPriceListPricesWorkflow(
  c: Container,
  input: BatchPricesInput,
): Promise<{ created: string[]; updated: string[] }> {
  return c.transaction(async (tx) => {
    if ((await missingIds(tx, "price_list", [input.id])).length) throw notFound(priceListMissing(input.id))
    const create = input.create ?? []
    const update = input.update ?? []
    await assertVariants(tx, [...create, ...update])
    const repo = tx.modules.pricing.repository(PriceListPrice)
    const own = await repo.list({ price_list_id: input.id, id: update.map((u) => u.id) }, { select: ["id"] })
    const unknown = update.filter((u) => !own.some((p) => p.id === u.id)).map((u) => u.id)
    if (unknown.length) throw invalidData(`Prices with ids ${unknown.join(", ")} do not exist in the price list`)
    const created = await repo.create(create.map((p) => priceRow(input.id, p)))
    for (const { id, ...change } of update) await repo.updateWhere({ id }, changedColumns(change))
    const doomed = await repo.list({ price_list_id: input.id, id: input.delete ?? [] }, { select: ["id"] })
    await repo.setDeleted(
      doomed.map((p) => p.id),
      true,
    )
    return { created: created.map((p) => p.id), updated: update.map((u) => u.id) }
  })
}

function changedColumns(change: Partial<PriceListPriceInput>): Row {
  const row: Row = {}
  for (const key of ["variant_id", "amount", "min_quantity", "max_quantity", "rules"] as const)
    if (change[key] !== undefined) row[key] = change[key]
  if (change.currency_code !== undefined) row.currency_code = change.currency_code.toLowerCase()
  return row
}

/** remove-products-from-price-list: the list's prices of those products' variants are deleted. */
export async function removeProductsFromPriceList(c: Container, id: string, productIds: string[]): Promise<void> {
  if (productIds.length === 0) throw invalidData("No product ids passed to remove from price list")
  const { data } = await c.query.graph<{ id: string }>({
    entity: "product_variant",
    fields: ["id"],
    filters: { product_id: productIds },
  })
  const { data: doomed } = await c.query.graph<{ id: string }>({
    entity: "price_list_price",
    fields: ["id"],
    filters: { price_list_id: id, variant_id: data.map((v) => v.id) },
  })
  await batchPriceListPricesWorkflow(c, { id, delete: doomed.map((p) => p.id) })
}
