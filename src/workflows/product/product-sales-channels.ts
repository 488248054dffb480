import type { Container } from "../../app/container.js"
import { refusedAs } from "../common/refused-as.js"
import { assertReferencesExist } from "./check-references.js"

const pair = (productId: string, channelId: string) => ({
  product: { product_id: productId },
  sales_channel: { sales_channel_id: channelId },
})

/**
 * `sales_channels` on a product update replaces the set: links to channels not listed are
 * dismissed, new ones created, unchanged ones left alone.
 */
export async function replaceProductSalesChannels(
  tx: Container,
  productId: string,
  channelIds: string[],
): Promise<void> {
  const { data } = await tx.query.graph<{ sales_channel_id: string }>({
    entity: "product_sales_channel",
    fields: ["sales_channel_id"],
    filters: { product_id: productId },
  })
  const current = new Set(data.map((l) => l.sales_channel_id))
  const wanted = new Set(channelIds)
  const remove = [...current].filter((id) => !wanted.has(id))
  const add = [...wanted].filter((id) => !current.has(id))
  if (remove.length) await tx.link.dismiss(remove.map((id) => pair(productId, id)))
  if (add.length) await tx.link.create(add.map((id) => pair(productId, id)))
}

/**
 * Links new products to their channels without reading the channels first: the link statement
 * checks that every channel exists and writes nothing otherwise. Only then are the missing
 * ones looked up, to refuse as `assertReferencesExist` words it (the transaction rolls back).
 */
export async function linkNewProductsToChannels(tx: Container, pairs: [string, string][]): Promise<void> {
  if (pairs.length === 0) return
  await refusedAs(
    () => assertReferencesExist(tx, { salesChannelIds: pairs.map(([, channelId]) => channelId) }),
    () => tx.link.create(pairs.map(([productId, channelId]) => pair(productId, channelId))),
  )
}
