import type { Container } from "../../app/container.js"
import { createInventoryLevelsStep, type CreateLevelInput } from "../inventory/create-inventory-levels.js"
import { setChannelListings } from "../listing/set-channel-listings.js"
import { createProductsWorkflow } from "../product/create-products.js"
import type { CreateProductInput } from "../product/inputs.js"
import type { DemoProduct } from "./demo-catalog.js"

export interface SeedRefs {
  /** channel name → id */
  channelIds: Map<string, string>
  /** location name → id */
  locationIds: Map<string, string>
  /** the shipping profile the products carry */
  profileId: string
}

interface SeededVariant {
  sku: string
  inventory_items: { inventory_item_id: string; inventory: { location_levels: { location_id: string }[] } }[]
}

/**
 * Creates the products of `batch` that are still missing (looked up again here, under the seed
 * lock), published in their channels, then stocks their variants at the demo locations.
 * An inventory item left with a demo SKU (its variant deleted since) is reused rather than
 * refused as a duplicate SKU. Call it inside a transaction. Returns what it created.
 */
export async function seedProductBatch(tx: Container, batch: DemoProduct[], refs: SeedRefs) {
  const present = await tx.modules.product.listProducts({ handle: batch.map((p) => p.handle) }, { select: ["handle"] })
  const taken = new Set(present.map((p) => p.handle))
  const todo = batch.filter((p) => !taken.has(p.handle))
  if (todo.length === 0) return { products: 0, variants: 0, levels: 0 }

  const skus = todo.flatMap((p) => p.variants.map((v) => v.sku))
  const items = await tx.modules.inventory.listInventoryItems({ sku: skus }, { select: ["id", "sku"] })
  const itemBySku = new Map(items.map((i) => [i.sku, i.id]))
  const inputs: CreateProductInput[] = todo.map((p) => ({
    title: p.title,
    handle: p.handle,
    description: p.description,
    status: "published",
    options: p.options,
    variants: p.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      options: v.options,
      prices: v.prices.map(({ channel, ...price }) =>
        channel ? { ...price, rules: { sales_channel_id: [refs.channelIds.get(channel)!] } } : price,
      ),
      manage_inventory: true,
      ...(itemBySku.has(v.sku) ? { inventory_items: [{ inventory_item_id: itemBySku.get(v.sku)! }] } : {}),
    })),
    sales_channels: p.channels.map((name) => ({ id: refs.channelIds.get(name)! })),
    shipping_profile_id: refs.profileId,
  }))
  await createProductsWorkflow(tx, inputs)
  await scheduleLaunches(tx, todo, refs)

  const { data } = await tx.query.graph<SeededVariant>({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { sku: skus },
  })
  const stock = new Map(todo.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const levels: CreateLevelInput[] = []
  for (const variant of data) {
    const [link] = variant.inventory_items
    if (!link) continue
    const stocked = new Set(link.inventory.location_levels.map((l) => l.location_id))
    for (const [location, quantity] of Object.entries(stock.get(variant.sku) ?? {})) {
      const locationId = refs.locationIds.get(location)!
      if (!stocked.has(locationId))
        levels.push({ inventory_item_id: link.inventory_item_id, location_id: locationId, stocked_quantity: quantity })
    }
  }
  await createInventoryLevelsStep(tx, levels)
  return { products: todo.length, variants: skus.length, levels: levels.length }
}

/** Links the products of `handles` that have no shipping profile to `profileId` (none left: no write). */
export async function linkProductsToProfile(tx: Container, handles: string[], profileId: string) {
  const { data } = await tx.query.graph<{ id: string; shipping_profile: { id: string } | null }>({
    entity: "product",
    fields: ["id", "shipping_profile.id"],
    filters: { handle: handles },
  })
  const bare = data.filter((p) => !p.shipping_profile)
  if (bare.length)
    await tx.link.create(
      bare.map((p) => ({ product: { product_id: p.id }, fulfillment: { shipping_profile_id: profileId } })),
    )
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The products just created that launch later in a channel get their window there. */
async function scheduleLaunches(tx: Container, created: DemoProduct[], refs: SeedRefs) {
  const launching = created.filter((p) => p.launches?.length)
  if (launching.length === 0) return
  const found = await tx.modules.product.listProducts(
    { handle: launching.map((p) => p.handle) },
    { select: ["id", "handle"] },
  )
  const idOf = new Map(found.map((p) => [p.handle, p.id]))
  await setChannelListings(
    tx,
    launching.flatMap((p) =>
      p.launches!.map((launch) => ({
        product_id: idOf.get(p.handle)!,
        sales_channel_id: refs.channelIds.get(launch.channel)!,
        available_from: new Date(Date.now() + launch.inDays * DAY_MS).toISOString(),
      })),
    ),
  )
}
