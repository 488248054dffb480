import { useState } from "react"
import type { ProductListing } from "../types"

interface Props {
  productTitle: string
  channelName: string
  listing: ProductListing | undefined
  pending: boolean
  /** POST /admin/products/:id/sales-channels/:channel_id with the changed fields */
  onSave: (change: Partial<ProductListing>) => void
}

/** `2026-12-13T09:00:00.000Z` ↔ the value of a datetime-local input (local time, minutes). */
const toInput = (iso: string | null) => {
  if (!iso) return ""
  const d = new Date(iso)
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}
const fromInput = (value: string) => (value ? new Date(value).toISOString() : null)

/**
 * The product's listing in this channel (docs/channel-listings.md): shown in listings,
 * purchasable, and the launch / withdrawal times, each saved on its own.
 */
export function ChannelListing({ productTitle, channelName, listing, pending, onSave }: Props) {
  const [from, setFrom] = useState(toInput(listing?.available_from ?? null))
  const [until, setUntil] = useState(toInput(listing?.available_until ?? null))
  if (!listing) return <span className="muted">not linked</span>
  const label = (what: string) => `${what} of ${productTitle} in ${channelName}`
  const windowChanged = from !== toInput(listing.available_from) || until !== toInput(listing.available_until)
  return (
    <div className="listing">
      <label>
        <input
          type="checkbox"
          aria-label={label("Visible")}
          checked={listing.visible}
          disabled={pending}
          onChange={(e) => onSave({ visible: e.target.checked })}
        />{" "}
        visible
      </label>{" "}
      <label>
        <input
          type="checkbox"
          aria-label={label("Purchasable")}
          checked={listing.purchasable}
          disabled={pending}
          onChange={(e) => onSave({ purchasable: e.target.checked })}
        />{" "}
        purchasable
      </label>
      <div className="small">
        <label>
          from{" "}
          <input
            type="datetime-local"
            aria-label={label("Available from")}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>{" "}
        <label>
          until{" "}
          <input
            type="datetime-local"
            aria-label={label("Available until")}
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </label>{" "}
        <button
          type="button"
          disabled={pending || !windowChanged}
          onClick={() => onSave({ available_from: fromInput(from), available_until: fromInput(until) })}
        >
          Save window
        </button>
      </div>
    </div>
  )
}
