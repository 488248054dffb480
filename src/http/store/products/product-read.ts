import type { Container } from "../../../app/container.js"
import { clock } from "../../../framework/clock.js"
import { notFound } from "../../../framework/errors.js"
import { listedIn, notUnlisted, servedIn } from "../../../links/listing/listing-filters.js"
import { listEnvelope, oneJson } from "../../helpers/respond.js"
import { channelSet, enabledChannels, listsEveryProduct } from "./channel-scope.js"
import { productListFilters } from "./filters.js"
import { storeReadContext } from "./read-context.js"
import { ALLOWED_FIELDS } from "./query-config.js"
import { productSelection, storeOrder } from "./store-fields.js"
import type { StoreProductsQuery } from "./validators.js"

/**
 * The store catalogue reads. Each is a function of (the key's channels, the path, the query)
 * and the database, returning the response text: one Query statement (plus the region lookup
 * when prices are asked), so a response cache can wrap it. Checks run in Medusa's order:
 * order field, channels, pricing context, then (after the read) inventory context.
 */

const PUBLISHED = { status: "published" }

/** The product module lists a product's images by rank (then id). */
function withImageRank(order: Record<string, "ASC" | "DESC"> | undefined, fields: string[]) {
  if (!fields.some((f) => f.startsWith("images."))) return order
  return { ...order, "images.rank": order?.["images.rank"] ?? "ASC" }
}

export async function listStoreProducts(
  c: Container,
  keyChannels: readonly string[],
  q: StoreProductsQuery,
  groups?: readonly string[],
): Promise<string> {
  const userOrder = storeOrder(q.order, ALLOWED_FIELDS)
  const channels = channelSet(keyChannels, q.sales_channel_id)
  const selection = productSelection(q.fields, { regionGiven: !!q.region_id, detail: false })
  const order = withImageRank(userOrder, selection.fields)
  // Medusa fails on the inventory channel whatever the page holds, so the read would be wasted
  const { context } = await storeReadContext(c, { key: keyChannels, set: channels }, q, selection, groups)
  const now = clock.now()
  // asked for by id or handle (a storefront's product page): hidden products are served too
  const named = q.id !== undefined || q.handle !== undefined
  const scope = (await listsEveryProduct(c))
    ? notUnlisted(now, named)
    : (named ? servedIn : listedIn)(await enabledChannels(c, channels), now)
  return listEnvelope(c, "products", {
    entity: "product",
    fields: selection.fields,
    filters: { ...productListFilters(q), ...PUBLISHED, ...scope },
    pagination: { skip: q.offset, take: q.limit, order },
    context,
  })
}

/** One product, always through the channel link (no listing shortcut); the query's filters apply too. */
export async function retrieveStoreProduct(
  c: Container,
  keyChannels: readonly string[],
  id: string,
  q: StoreProductsQuery,
  groups?: readonly string[],
): Promise<string> {
  // `order` is checked (as Medusa does) but orders nothing here
  storeOrder(q.order, ALLOWED_FIELDS)
  const channels = channelSet(keyChannels, q.sales_channel_id)
  const selection = productSelection(q.fields, { regionGiven: !!q.region_id, detail: true })
  // Medusa answers 404 first when there is no such product
  const { context, fields, inventoryError } = await storeReadContext(
    c,
    { key: keyChannels, set: channels },
    q,
    selection,
    groups,
    "variants.inventory_quantity",
  )
  const json = await oneJson(c, {
    entity: "product",
    fields,
    filters: {
      ...productListFilters(q),
      id,
      ...PUBLISHED,
      ...servedIn(await enabledChannels(c, channels), clock.now()),
    },
    pagination: { order: withImageRank(undefined, fields) },
    context,
  })
  if (json === undefined) throw notFound(`Product with id: ${id} was not found`)
  if (inventoryError) throw inventoryError
  return `{"product":${selection.categories ? withoutInternalCategories(json) : json}}`
}

/** Asked-for categories of the detail route leave out internal ones (Medusa's route filter). */
function withoutInternalCategories(json: string): string {
  const product = JSON.parse(json) as { categories?: { is_internal?: boolean }[] }
  if (product.categories) product.categories = product.categories.filter((category) => !category.is_internal)
  return JSON.stringify(product)
}
