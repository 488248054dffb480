import type { Container } from "../../app/container.js"
import { missingIds } from "../common/missing-ids.js"
import { notFound } from "../../framework/errors.js"
import { setChannelListings, type ChannelListingInput } from "../listing/set-channel-listings.js"

type ListingState = Omit<ChannelListingInput, "product_id" | "sales_channel_id">

export interface BatchLinkInput {
  id: string
  /** product ids (an existing link keeps its listing state), or ids with a state to set */
  add?: (string | (ListingState & { id: string }))[]
  remove?: string[]
}

/** Unknown ids are refused before anything is written (Medusa stores dangling links). */
export async function assertExist(c: Container, entity: string, ids: string[], message: (missing: string[]) => string) {
  const missing = await missingIds(c, entity, ids)
  if (missing.length) throw notFound(message(missing))
}

/**
 * link-products-to-sales-channel: check the channel and every product exist · link `add`
 * (those given with a listing state get it: docs/channel-listings.md) · dismiss `remove`; one
 * transaction, so a bad id writes nothing.
 */
export function linkProductsToSalesChannelWorkflow(c: Container, input: BatchLinkInput): Promise<void> {
  return c.transaction(async (tx) => {
    await assertExist(tx, "sales_channel", [input.id], () => `Sales channel with id: ${input.id} not found`)
    const add = (input.add ?? []).filter((item) => typeof item === "string")
    const listed = (input.add ?? []).filter((item) => typeof item !== "string")
    const remove = input.remove ?? []
    const named = [...add, ...listed.map((item) => item.id), ...remove]
    await assertExist(tx, "product", named, (m) => `Products with IDs ${m.join(", ")} do not exist`)
    const pair = (productId: string) => ({
      product: { product_id: productId },
      sales_channel: { sales_channel_id: input.id },
    })
    if (add.length) await tx.link.create(add.map(pair))
    await setChannelListings(
      tx,
      listed.map(({ id, ...state }) => ({ ...state, product_id: id, sales_channel_id: input.id })),
    )
    if (remove.length) await tx.link.dismiss(remove.map(pair))
  })
}
