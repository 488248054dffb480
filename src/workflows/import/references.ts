import type { Container } from "../../app/container.js"

/**
 * Sales channels or stock locations named in a file, by id or by name. Loaded once per import
 * (there are few of them); the import creates neither, so a typo is reported, not turned into
 * a new channel that no key can see.
 */
export class References {
  private readonly byId = new Set<string>()
  private readonly byName = new Map<string, string[]>()
  private readonly byFoldedName = new Map<string, string[]>()

  constructor(
    readonly noun: string,
    rows: { id: string; name: string }[],
  ) {
    for (const { id, name } of rows) {
      this.byId.add(id)
      this.byName.set(name, [...(this.byName.get(name) ?? []), id])
      const folded = name.toLowerCase()
      this.byFoldedName.set(folded, [...(this.byFoldedName.get(folded) ?? []), id])
    }
  }

  /** The id `ref` names: an id, an exact name, or a name that differs only in case. */
  resolve(ref: string): { id: string } | { problem: string } {
    if (this.byId.has(ref)) return { id: ref }
    const ids = this.byName.get(ref) ?? this.byFoldedName.get(ref.toLowerCase()) ?? []
    if (ids.length === 1) return { id: ids[0] }
    if (ids.length > 1)
      return { problem: `${ids.length} ${this.noun}s are named "${ref}": give the id (${ids.join(", ")})` }
    const names = [...this.byName.keys()].sort()
    const known = names.length ? ` (known: ${names.slice(0, 8).join(", ")}${names.length > 8 ? ", …" : ""})` : ""
    return { problem: `no ${this.noun} "${ref}"${known}` }
  }
}

export interface ImportReferences {
  channels: References
  locations: References
  /** currency codes a price column may name */
  currencies: Set<string>
}

export async function loadReferences(c: Container): Promise<ImportReferences> {
  const [channels, locations, currencies] = await Promise.all([
    c.modules.sales_channel.listSalesChannels({}, { select: ["id", "name"] }),
    c.modules.stock_location.listStockLocations({}, { select: ["id", "name"] }),
    c.modules.store.listCurrencies({}, { select: ["code"] }),
  ])
  const pairs = (rows: { id: string; name: string }[]) => rows.map((r) => ({ id: r.id, name: r.name }))
  return {
    channels: new References("sales channel", pairs(channels)),
    locations: new References("stock location", pairs(locations)),
    currencies: new Set(currencies.map((c) => c.code.toLowerCase())),
  }
}
