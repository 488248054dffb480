import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { notFound } from "../../framework/errors.js"
import { refusedAs } from "../common/refused-as.js"

export interface BatchLinkInput {
  id: string
  add?: string[]
  remove?: string[]
}

/** Unknown ids are refused before anything is written (Medusa stores dangling links). */
export async function assertExist(c: Container, entity: string, ids: string[], message: (missing: string[]) => string) {
  const missing = await missingIds(c, entity, ids)
  if (missing.length) throw notFound(message(missing))
}

/**
 * link-products-to-sales-channel: check the channel and every product exist · link `add` ·
 * dismiss `remove`; one transaction, so a bad id writes nothing. When only adding, the link
 * statement is the check (it writes nothing unless every record exists); the reads that name
 * what is missing run only when it refuses.
 */
export function linkProductsToSalesChannelWorkflow(c: Container, input: BatchLinkInput): Promise<void> {
  return c.transaction(async (tx) => {
    const add = input.add ?? []
    const remove = input.remove ?? []
    const check = async () => {
      await assertExist(tx, "sales_channel", [input.id], () => `Sales channel with id: ${input.id} not found`)
      await assertExist(tx, "product", [...add, ...remove], (m) => `Products with IDs ${m.join(", ")} do not exist`)
    }
    const pair = (productId: string) => ({
      product: { product_id: productId },
      sales_channel: { sales_channel_id: input.id },
    })
    if (remove.length || !add.length) await check()
    if (add.length) await refusedAs(check, () => tx.link.create(add.map(pair)))
    if (remove.length) await tx.link.dismiss(remove.map(pair))
  })
}
