import type { AppCore, Container } from "../../../app/container.js"
import { invalidData } from "../../../framework/errors.js"
import { clearOnEvents } from "../../helpers/event-caches.js"

/**
 * Which sales channels a store catalogue read sees (docs/medusa-contract.md §8.1 step 1–3, §10 items 3–5).
 */

const NOT_IN_KEY = "Requested sales channel is not part of the publishable key"
const NO_CHANNEL = "Publishable key needs to have a sales channel configured"
const INVENTORY_CONTEXT =
  "Inventory availability cannot be calculated in the given context. Either provide a single sales channel id or configure a single sales channel in the publishable key"

/** The requested channels (all of them the key's), else the key's; never empty. */
export function channelSet(keyChannels: readonly string[], requested: string | string[] | undefined): string[] {
  const asked = requested === undefined ? [] : Array.isArray(requested) ? requested : [requested]
  if (asked.length) {
    if (asked.some((id) => !keyChannels.includes(id))) throw invalidData(NOT_IN_KEY)
    return [...new Set(asked)]
  }
  if (keyChannels.length === 0) throw invalidData(NO_CHANNEL)
  return [...keyChannels]
}

/** The one channel `inventory_quantity` is computed in: the key's only one, else the only one asked. */
export function inventoryChannel(keyChannels: readonly string[], set: readonly string[]): string {
  if (keyChannels.length === 1) return keyChannels[0]
  if (set.length === 1) return set[0]
  throw invalidData(INVENTORY_CONTEXT)
}

interface ChannelFacts {
  /** at most one channel, enabled: the listing shortcut applies */
  single: boolean
  /** the disabled channels' ids */
  disabled: Set<string>
}

interface ShortcutState {
  value?: Promise<ChannelFacts>
}

const shortcutStates = new WeakMap<AppCore, ShortcutState>()

/**
 * 2.21.2's listing shortcut: when the database holds at most one sales channel, GET
 * /store/products lists every published product, linked or not. The answer is kept per
 * application and dropped when a channel event commits, here or in another process (NOTIFY),
 * so the hot path costs no statement. A single channel that is disabled gets no shortcut
 * (beyond Medusa: it sells nothing). The disabled channels are kept the same way, so the
 * store's one statement needs no join to the channel table (`enabledChannels`).
 */
export async function listsEveryProduct(c: Container): Promise<boolean> {
  return (await channelFacts(c)).single
}

/** The channels of `channels` that are not disabled (a disabled channel sells nothing). */
export async function enabledChannels(c: Container, channels: readonly string[]): Promise<string[]> {
  const { disabled } = await channelFacts(c)
  return disabled.size ? channels.filter((id) => !disabled.has(id)) : [...channels]
}

function channelFacts(c: Container): Promise<ChannelFacts> {
  let state = shortcutStates.get(c.core)
  if (!state) {
    const fresh: ShortcutState = {}
    clearOnEvents(
      c,
      (name) => name.startsWith("sales-channel.") || name.startsWith("sales_channel."),
      () => {
        fresh.value = undefined
      },
    )
    shortcutStates.set(c.core, fresh)
    state = fresh
  }
  if (state.value) return state.value
  const current = state
  type Row = { id: string; is_disabled: boolean }
  const value = Promise.all([
    c.query.graph<Row>({ entity: "sales_channel", fields: ["id", "is_disabled"], pagination: { take: 2 } }),
    c.query.graph<Row>({ entity: "sales_channel", fields: ["id"], filters: { is_disabled: true } }),
  ]).then(([some, disabled]) => ({
    single: some.data.length <= 1 && !some.data.some((ch) => ch.is_disabled),
    disabled: new Set(disabled.data.map((ch) => ch.id)),
  }))
  current.value = value
  value.catch(() => {
    if (current.value === value) current.value = undefined
  })
  return value
}
