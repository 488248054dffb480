import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { PriceList, PriceListPrice } from "../../modules/pricing/index.js"
import { assertVariants, priceRow, rulesColumns, type PriceListPriceInput } from "./price-list-input.js"

export interface PriceListInput {
  title?: string
  description?: string | null
  starts_at?: string | null
  ends_at?: string | null
  status?: "active" | "draft"
  type?: "sale" | "override"
  rules?: Record<string, string[]>
  metadata?: Record<string, unknown> | null
}

const lists = (tx: Container) => tx.modules.pricing.repository(PriceList)
const prices = (tx: Container) => tx.modules.pricing.repository(PriceListPrice)

function listRow({ rules, ...rest }: PriceListInput): Row {
  return rules === undefined ? rest : { ...rest, ...rulesColumns(rules) }
}

/** create-price-lists: the prices' variants exist · the list · its prices; one transaction. */
export function createPriceListWorkflow(
  c: Container,
  input: PriceListInput & { prices?: PriceListPriceInput[] },
): Promise<Row> {
  return c.transaction(async (tx) => {
    const { prices: given = [], ...list } = input
    await assertVariants(tx, given)
    const [row] = await lists(tx).create([listRow(list)])
    await prices(tx).create(given.map((p) => priceRow(row.id, p)))
    return row
  })
}

export const priceListMissing = (id: string) => `Price lists with id: ${id} was not found`

/** update-price-lists: an unknown id is Medusa's 404; `rules` replaces the list's rules. */
export function updatePriceListWorkflow(c: Container, id: string, input: PriceListInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const [row] = await lists(tx).updateWhere({ id }, listRow(input))
    if (!row) throw notFound(priceListMissing(id))
    return row
  })
}

/** delete-price-lists: soft-deletes the lists and their prices; unknown ids are no error. */
export function deletePriceListsWorkflow(c: Container, ids: string[]): Promise<void> {
  return c.transaction(async (tx) => {
    const live = await prices(tx).list({ price_list_id: ids }, { select: ["id"] })
    await prices(tx).setDeleted(
      live.map((p) => p.id),
      true,
    )
    await lists(tx).setDeleted(ids, true)
  })
}
