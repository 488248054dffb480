import type { PriceInput } from "../../modules/product/service.js"
import type { CreateProductInput, CreateVariantInput, ProductFields, UpdateVariantInput } from "../product/inputs.js"
import type { ChannelListingInput } from "../listing/set-channel-listings.js"
import type { BatchState, ExistingLevel, ExistingProduct, ExistingVariant } from "./batch-state.js"
import type { Problem, ProductSpec, VariantSpec } from "./build-product.js"
import { planListings } from "./listings.js"
import type { ImportReferences } from "./references.js"

/** A level to set after the products are written; `itemId` is unknown for a brand-new item. */
export interface StockChange {
  sku: string
  itemId?: string
  location_id: string
  stocked_quantity: number
  /** a level exists at the location (update) or not (create) */
  exists: boolean
}

export interface ProductUpdate {
  id: string
  columns: ProductFields
  /** the new channel set, when it differs */
  salesChannelIds?: string[]
  newOptionValues: { option_id: string; value: string }[]
  variantUpdates: (UpdateVariantInput & { id: string })[]
  variantCreates: CreateVariantInput[]
}

export interface ProductPlan {
  spec: ProductSpec
  outcome: "created" | "updated" | "unchanged"
  create?: CreateProductInput
  update?: ProductUpdate
  stock: StockChange[]
  variantsCreated: number
  variantsUpdated: number
  /** channel listings to set after the product is written */
  listings?: Omit<ChannelListingInput, "product_id">[]
}

export const DEFAULT_OPTION = { title: "Default option", value: "Default option value" }

/**
 * Prices a file can name: one per currency and channel (or none), for any quantity, with no other
 * rules (region prices stay).
 */
const isPlain = (
  p: { min_quantity: number | null; max_quantity: number | null; rules: Record<string, unknown> | null },
  channelId: string | undefined,
) => {
  if (p.min_quantity !== null || p.max_quantity !== null) return false
  const rules = Object.entries(p.rules ?? {})
  if (channelId === undefined) return rules.length === 0
  const [key, value] = rules[0] ?? []
  return (
    rules.length === 1 && key === "sales_channel_id" && JSON.stringify([value].flat()) === JSON.stringify([channelId])
  )
}

/** The file's prices as the variant takes them: a channel's price limited by a `sales_channel_id` rule. */
const priceInputs = (prices: VariantSpec["prices"]): PriceInput[] =>
  prices.map(({ currency_code, amount, rules }) => ({ currency_code, amount, ...(rules ? { rules } : {}) }))

/** Resolves `price_<currency>@<channel>` channels into rules; the problems of unknown ones. */
function resolvePriceChannels(spec: ProductSpec, refs: ImportReferences): Problem[] {
  const problems: Problem[] = []
  for (const v of spec.variants)
    for (const price of v.prices) {
      if (price.channel === undefined) continue
      const found = refs.channels.resolve(price.channel)
      if ("id" in found) price.rules = { sales_channel_id: [found.id] }
      else problems.push({ lines: [v.line], reason: `price_${price.currency_code}@${price.channel}: ${found.problem}` })
    }
  return problems
}

/**
 * What importing `spec` means against the database: a product to create, changes to an
 * existing one (only what differs), or nothing. Every problem found is returned (with the lines
 * it is about) instead of a plan; nothing here writes.
 */
export function planProduct(
  spec: ProductSpec,
  state: BatchState,
  refs: ImportReferences,
): { plan?: ProductPlan; problems: Problem[] } {
  const problems: Problem[] = []
  const existing = state.products.get(spec.handle)
  const ownSkus = new Set(existing?.variants.map((v) => v.sku) ?? [])
  for (const v of spec.variants) {
    const owner = state.skuOwners.get(v.sku)
    if (owner && !ownSkus.has(v.sku))
      problems.push({ lines: [v.line], reason: `sku "${v.sku}" belongs to a variant of product "${owner.handle}"` })
  }
  let channelIds: string[] | undefined
  if (spec.salesChannels) {
    channelIds = []
    for (const ref of spec.salesChannels) {
      const found = refs.channels.resolve(ref)
      if ("id" in found) channelIds.push(found.id)
      else
        problems.push({ lines: [spec.salesChannelsLine ?? spec.lines[0]], reason: `sales_channels: ${found.problem}` })
    }
  }
  problems.push(...resolvePriceChannels(spec, refs))
  const locations = new Map<VariantSpec, { location_id: string; quantity: number }[]>()
  for (const v of spec.variants) {
    const resolved: { location_id: string; quantity: number }[] = []
    for (const entry of v.stock ?? []) {
      const found = refs.locations.resolve(entry.location)
      if ("id" in found) resolved.push({ location_id: found.id, quantity: entry.quantity })
      else problems.push({ lines: [v.line], reason: `stock: ${found.problem}` })
    }
    locations.set(v, resolved)
  }
  const listed = planListings(spec.listings, existing, channelIds, refs)
  for (const reason of listed.problems) problems.push({ lines: [spec.listingsLine ?? spec.lines[0]], reason })
  if (problems.length) return { problems }
  const result = existing
    ? planUpdate(spec, existing, state, channelIds, locations)
    : planCreate(spec, state, channelIds, locations)
  if (result.plan && listed.listings.length) {
    result.plan.listings = listed.listings
    if (listed.changed && result.plan.outcome === "unchanged") result.plan.outcome = "updated"
  }
  return result
}

type Locations = Map<VariantSpec, { location_id: string; quantity: number }[]>

/** Level changes for one variant's item: only locations whose quantity differs. */
function stockChanges(
  sku: string,
  itemId: string | undefined,
  levels: ExistingLevel[],
  wanted: { location_id: string; quantity: number }[],
): StockChange[] {
  const current = new Map(levels.map((l) => [l.location_id, Number(l.stocked_quantity)]))
  return wanted
    .filter((w) => current.get(w.location_id) !== w.quantity)
    .map((w) => ({
      sku,
      itemId,
      location_id: w.location_id,
      stocked_quantity: w.quantity,
      exists: current.has(w.location_id),
    }))
}

function newVariant(
  spec: ProductSpec,
  v: VariantSpec,
  state: BatchState,
  options: Record<string, string>,
): CreateVariantInput {
  const reused = state.itemsBySku.get(v.sku)
  const values = Object.values(options)
  return {
    title: v.title ?? (spec.optionNames.length ? values.join(" / ") : (spec.title ?? v.sku)),
    sku: v.sku,
    options,
    prices: priceInputs(v.prices),
    manage_inventory: v.manageInventory ?? true,
    allow_backorder: v.allowBackorder ?? false,
    ...(reused && (v.manageInventory ?? true) ? { inventory_items: [{ inventory_item_id: reused.id }] } : {}),
  }
}

function newVariantStock(
  v: VariantSpec,
  state: BatchState,
  wanted: { location_id: string; quantity: number }[],
): StockChange[] {
  const reused = state.itemsBySku.get(v.sku)
  return stockChanges(v.sku, reused?.id, reused?.levels ?? [], wanted)
}

function planCreate(spec: ProductSpec, state: BatchState, channelIds: string[] | undefined, locations: Locations) {
  if (!spec.title)
    return { problems: [{ lines: spec.lines, reason: `product "${spec.handle}" is new and needs a title` }] }
  const defaultOnly = spec.optionNames.length === 0
  const options = defaultOnly
    ? [{ title: DEFAULT_OPTION.title, values: [DEFAULT_OPTION.value] }]
    : spec.optionNames.map((title) => ({ title, values: [...new Set(spec.variants.map((v) => v.options[title]))] }))
  const create: CreateProductInput = {
    title: spec.title,
    handle: spec.handle,
    description: spec.description,
    status: spec.status ?? "draft",
    options,
    variants: spec.variants.map((v) =>
      newVariant(spec, v, state, defaultOnly ? { [DEFAULT_OPTION.title]: DEFAULT_OPTION.value } : v.options),
    ),
    ...(channelIds ? { sales_channels: channelIds.map((id) => ({ id })) } : {}),
  }
  const plan: ProductPlan = {
    spec,
    outcome: "created",
    create,
    stock: spec.variants.flatMap((v) => newVariantStock(v, state, locations.get(v) ?? [])),
    variantsCreated: spec.variants.length,
    variantsUpdated: 0,
  }
  return { plan, problems: [] }
}

/** The variant's prices with the file's plain prices applied; undefined when nothing changes. */
function mergePrices(current: ExistingVariant["prices"], given: VariantSpec["prices"]): PriceInput[] | undefined {
  let changed = false
  const out: PriceInput[] = current.map((p) => ({ id: p.id }))
  for (const spec of given) {
    const [price] = priceInputs([spec])
    const channel = spec.rules?.sales_channel_id[0]
    const match = current.find((p) => p.currency_code === price.currency_code && isPlain(p, channel))
    if (!match) {
      out.push(price)
      changed = true
    } else if (Number(match.amount) !== price.amount) {
      out[current.indexOf(match)] = { id: match.id, amount: price.amount }
      changed = true
    }
  }
  return changed ? out : undefined
}

function planUpdate(
  spec: ProductSpec,
  product: ExistingProduct,
  state: BatchState,
  channelIds: string[] | undefined,
  locations: Locations,
) {
  const problems: Problem[] = []
  const titles = product.options.map((o) => o.title)
  if (
    spec.optionNames.length &&
    (spec.optionNames.length !== titles.length || spec.optionNames.some((n) => !titles.includes(n)))
  ) {
    return {
      problems: [
        {
          lines: spec.lines,
          reason: `product "${spec.handle}" has options [${titles.join(", ")}], the file names [${spec.optionNames.join(", ")}]: the import does not change a product's options`,
        },
      ],
    }
  }
  const newOptionValues: ProductUpdate["newOptionValues"] = []
  for (const option of product.options) {
    for (const value of new Set(
      spec.variants.map((v) => v.options[option.title]).filter((x): x is string => x !== undefined),
    )) {
      if (!option.values.some((v) => v.value === value)) newOptionValues.push({ option_id: option.id, value })
    }
  }
  const valueIdOf = (title: string, value: string) =>
    product.options.find((o) => o.title === title)?.values.find((v) => v.value === value)?.id

  const columns: ProductFields = {}
  if (spec.title !== undefined && spec.title !== product.title) columns.title = spec.title
  if (spec.description !== undefined && spec.description !== product.description) columns.description = spec.description
  if (spec.status !== undefined && spec.status !== product.status) columns.status = spec.status
  const currentChannels = product.sales_channels.map((c) => c.id).sort()
  const salesChannelIds =
    channelIds && [...new Set(channelIds)].sort().join() !== currentChannels.join()
      ? [...new Set(channelIds)]
      : undefined

  const variantUpdates: ProductUpdate["variantUpdates"] = []
  const variantCreates: CreateVariantInput[] = []
  const stock: StockChange[] = []
  for (const v of spec.variants) {
    const current = product.variants.find((e) => e.sku === v.sku)
    const wanted = locations.get(v) ?? []
    if (!current) {
      if (spec.optionNames.length === 0 && titles.length > 0) {
        problems.push({
          lines: [v.line],
          reason: `sku "${v.sku}" is a new variant of "${spec.handle}": give its options (${titles.join(", ")})`,
        })
        continue
      }
      variantCreates.push(newVariant(spec, v, state, v.options))
      stock.push(...newVariantStock(v, state, wanted))
      continue
    }
    const update: UpdateVariantInput & { id: string } = { id: current.id }
    if (v.title !== undefined && v.title !== current.title) update.title = v.title
    if (spec.optionNames.length) {
      const ids = spec.optionNames.map((n) => valueIdOf(n, v.options[n]))
      const have = new Set(current.options.map((o) => o.id))
      if (ids.some((id) => !id || !have.has(id)) || ids.length !== have.size) update.options = v.options
    }
    const prices = mergePrices(current.prices, v.prices)
    if (prices) update.prices = prices
    if (v.manageInventory !== undefined && v.manageInventory !== current.manage_inventory)
      update.manage_inventory = v.manageInventory
    if (v.allowBackorder !== undefined && v.allowBackorder !== current.allow_backorder)
      update.allow_backorder = v.allowBackorder
    if (Object.keys(update).length > 1) variantUpdates.push(update)

    if (wanted.length === 0) continue
    const managed = v.manageInventory ?? current.manage_inventory
    if (!managed) {
      problems.push({
        lines: [v.line],
        reason: `sku "${v.sku}" does not manage inventory: stock needs manage_inventory true`,
      })
    } else if (current.inventory_items.length > 1) {
      problems.push({
        lines: [v.line],
        reason: `sku "${v.sku}" is made of ${current.inventory_items.length} inventory items: set its stock per item in the admin`,
      })
    } else if (current.inventory_items.length === 1) {
      const [link] = current.inventory_items
      stock.push(...stockChanges(v.sku, link.inventory_item_id, link.inventory?.location_levels ?? [], wanted))
    } else {
      // turned to managed by this update: its new default item has no levels yet
      stock.push(...stockChanges(v.sku, undefined, [], wanted))
    }
  }
  if (problems.length) return { problems }

  const update: ProductUpdate = {
    id: product.id,
    columns,
    salesChannelIds,
    newOptionValues,
    variantUpdates,
    variantCreates,
  }
  const changed =
    Object.keys(columns).length > 0 ||
    salesChannelIds !== undefined ||
    newOptionValues.length > 0 ||
    variantUpdates.length > 0 ||
    variantCreates.length > 0 ||
    stock.length > 0
  const plan: ProductPlan = {
    spec,
    outcome: changed ? "updated" : "unchanged",
    update: changed ? update : undefined,
    stock,
    variantsCreated: variantCreates.length,
    variantsUpdated: variantUpdates.length,
  }
  return { plan, problems: [] }
}
