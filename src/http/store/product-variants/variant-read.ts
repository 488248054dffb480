import type { Container } from "../../../app/container.js"
import { notFound } from "../../../framework/errors.js"
import { resolveFields } from "../../helpers/fields.js"
import { listEnvelope, oneJson } from "../../helpers/respond.js"
import { channelSet, enabledChannels } from "../products/channel-scope.js"
import { clock } from "../../../framework/clock.js"
import { listedIn, servedIn } from "../../../links/listing/listing-filters.js"
import { storeReadContext } from "../products/read-context.js"
import { normaliseComputed, optionOfValues, storeOrder } from "../products/store-fields.js"
import { variantListFilters } from "./filters.js"
import { ALLOWED_FIELDS, DEFAULT_FIELDS } from "./query-config.js"
import type { StoreProductVariantQuery, StoreProductVariantsQuery } from "./validators.js"

/**
 * The store variant reads (2.11.2+): the product rules of GET /store/products/:id applied
 * through `product` — published, and linked to one of the request's enabled channels (no
 * listing shortcut). One Query statement each, plus the region lookup when prices are asked.
 */

interface VariantSelection {
  fields: string[]
  inventory: boolean
  prices: boolean
}

function variantSelection(param: string | undefined, regionGiven: boolean): VariantSelection {
  let fields = normaliseComputed(resolveFields(DEFAULT_FIELDS, param, ALLOWED_FIELDS), [
    "calculated_price",
    "inventory_quantity",
  ])
  const inventory = fields.includes("inventory_quantity")
  if (inventory) fields.push("manage_inventory")
  if (regionGiven && !fields.includes("calculated_price")) fields.push("calculated_price")
  // each option value shows its option's id (Medusa's ORM loads the reference)
  fields = optionOfValues(fields, "options", [])
  return { fields: [...new Set(fields)], inventory, prices: fields.includes("calculated_price") }
}

/** Listed variants belong to listed products; one asked for by id, to a product served in the channels. */
const visibleProduct = (scope: Record<string, unknown>) => ({ product: { status: "published", ...scope } })

export async function listStoreVariants(
  c: Container,
  keyChannels: readonly string[],
  q: StoreProductVariantsQuery,
  groups?: readonly string[],
): Promise<string> {
  const order = storeOrder(q.order, ALLOWED_FIELDS)
  const channels = channelSet(keyChannels, q.sales_channel_id)
  const selection = variantSelection(q.fields, !!q.region_id)
  const { context } = await storeReadContext(c, { key: keyChannels, set: channels }, q, selection, groups)
  return listEnvelope(c, "variants", {
    entity: "product_variant",
    fields: selection.fields,
    filters: { ...variantListFilters(q), ...visibleProduct(listedIn(await enabledChannels(c, channels), clock.now())) },
    pagination: { skip: q.offset, take: q.limit, order },
    context,
  })
}

export async function retrieveStoreVariant(
  c: Container,
  keyChannels: readonly string[],
  id: string,
  q: StoreProductVariantQuery,
  groups?: readonly string[],
): Promise<string> {
  const channels = channelSet(keyChannels, q.sales_channel_id)
  const selection = variantSelection(q.fields, !!q.region_id)
  // Medusa answers 404 first when there is no such variant
  const { context, fields, inventoryError } = await storeReadContext(
    c,
    { key: keyChannels, set: channels },
    q,
    selection,
    groups,
    "inventory_quantity",
  )
  const json = await oneJson(c, {
    entity: "product_variant",
    fields,
    filters: { id, ...visibleProduct(servedIn(await enabledChannels(c, channels), clock.now())) },
    context,
  })
  if (json === undefined) throw notFound(`Product variant with id: ${id} was not found`)
  if (inventoryError) throw inventoryError
  return `{"variant":${json}}`
}
