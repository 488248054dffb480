import { api, query } from "../api"
import { useResource } from "../hooks"
import type { ChannelDetail, StockLocation } from "../types"
import { LinkedSection, type LinkedItem } from "./LinkedSection"

const FIELDS = "id,name,address.city,address.country_code"

function item(location: StockLocation): LinkedItem {
  const place = [location.address?.city, location.address?.country_code?.toUpperCase()].filter(Boolean).join(", ")
  return {
    id: location.id,
    name: location.name,
    detail: place ? <span className="linked-detail muted">{place}</span> : undefined,
  }
}

/** Stock locations whose stock counts in the channel (POST /admin/stock-locations/:id/sales-channels). */
export function ChannelLocations({ channel, onChanged }: { channel: ChannelDetail; onChanged: () => void }) {
  const locations = useResource(
    () =>
      api.get<{ stock_locations: StockLocation[] }>(
        `/admin/stock-locations${query({ fields: FIELDS, limit: 100, order: "name" })}`,
      ),
    [],
  )
  const batch = async (locationId: string, body: { add?: string[]; remove?: string[] }) => {
    await api.post(`/admin/stock-locations/${locationId}/sales-channels`, body)
    onChanged()
  }
  return (
    <LinkedSection
      title="Stock locations"
      noun="stock location"
      channelName={channel.name}
      linked={channel.stock_locations.map(item)}
      candidates={locations.data?.stock_locations.map(item)}
      loadError={locations.error?.message}
      empty="No stock location: nothing is available in this channel."
      link={(id) => batch(id, { add: [channel.id] })}
      unlink={(id) => batch(id, { remove: [channel.id] })}
    />
  )
}
