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

interface ShortcutState {
  value?: Promise<boolean>
}

const shortcutStates = new WeakMap<AppCore, ShortcutState>()

/**
 * 2.21.2's listing shortcut: when the database holds at most one sales channel, GET
 * /store/products lists every published product, linked or not. The answer is kept per
 * application and dropped when a channel event commits, here or in another process (NOTIFY),
 * so the hot path costs no statement. A single channel that is disabled gets no shortcut
 * (beyond Medusa: it sells nothing).
 */
export function listsEveryProduct(c: Container): Promise<boolean> {
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
  const value = c.query
    .graph<{ id: string; is_disabled: boolean }>({
      entity: "sales_channel",
      fields: ["id", "is_disabled"],
      pagination: { take: 2 },
    })
    .then(({ data }) => data.length <= 1 && !data.some((ch) => ch.is_disabled))
  current.value = value
  value.catch(() => {
    if (current.value === value) current.value = undefined
  })
  return value
}
