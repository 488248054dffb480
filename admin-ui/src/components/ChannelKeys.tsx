import { api, query } from "../api"
import { useResource } from "../hooks"
import type { ChannelDetail, PublishableKey } from "../types"
import { Badge } from "./Badge"
import { LinkedSection, type LinkedItem } from "./LinkedSection"

const FIELDS = "id,title,token,revoked_at"

function item(key: PublishableKey): LinkedItem {
  return {
    id: key.id,
    name: key.title,
    detail: (
      <span className="linked-detail">
        <code className="token" title={key.token}>
          {key.token}
        </code>
        {key.revoked_at && <Badge tone="off">Revoked</Badge>}
      </span>
    ),
  }
}

/** Publishable API keys scoped to the channel (POST /admin/api-keys/:id/sales-channels). */
export function ChannelKeys({ channel, onChanged }: { channel: ChannelDetail; onChanged: () => void }) {
  const keys = useResource(
    () =>
      api.get<{ api_keys: PublishableKey[] }>(
        `/admin/api-keys${query({ type: "publishable", fields: FIELDS, limit: 100, order: "title" })}`,
      ),
    [],
  )
  const batch = async (keyId: string, body: { add?: string[]; remove?: string[] }) => {
    await api.post(`/admin/api-keys/${keyId}/sales-channels`, body)
    onChanged()
  }
  return (
    <LinkedSection
      title="Publishable API keys"
      noun="publishable key"
      channelName={channel.name}
      linked={channel.publishable_api_keys.map(item)}
      candidates={keys.data?.api_keys.map(item)}
      loadError={keys.error?.message}
      empty="No publishable key: storefronts cannot read this channel."
      link={(id) => batch(id, { add: [channel.id] })}
      unlink={(id) => batch(id, { remove: [channel.id] })}
    />
  )
}
