import { useMemo } from "react"
import { ApiError, api, query } from "../api"
import { useResource } from "../hooks"
import { paths } from "../router"
import type { ChannelDetail } from "../types"
import { StatusBadge } from "./Badge"
import { ChannelKeys } from "./ChannelKeys"
import { ChannelLocations } from "./ChannelLocations"
import { ChannelProducts } from "./ChannelProducts"
import { Link } from "./Link"
import { Notice } from "./Notice"
import { NotFound } from "./NotFound"
import { PageTitle } from "./PageTitle"

const FIELDS = [
  "id,name,description,is_disabled,created_at",
  "publishable_api_keys.id,publishable_api_keys.title,publishable_api_keys.token,publishable_api_keys.revoked_at",
  "stock_locations.id,stock_locations.name,stock_locations.address.city,stock_locations.address.country_code",
].join(",")

/** One channel: its products with their availability here, its publishable keys and stock locations. */
export function ChannelPage({ id }: { id: string }) {
  const channel = useResource(
    () =>
      api.get<{ sales_channel: ChannelDetail }>(
        `/admin/sales-channels/${encodeURIComponent(id)}${query({ fields: FIELDS })}`,
      ),
    [id],
  )
  const detail = channel.data?.sales_channel
  const locationIds = useMemo(() => new Set(detail?.stock_locations.map((l) => l.id)), [detail])

  if (!detail) {
    if (channel.error && !channel.loading) {
      const missing = channel.error instanceof ApiError && channel.error.status === 404
      return missing ? <NotFound what="This sales channel" /> : <Notice error={channel.error.message} />
    }
    return (
      <p className="muted" role="status">
        Loading the sales channel…
      </p>
    )
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.channels()}>Sales channels</Link> <span aria-hidden="true">/</span>
      </nav>
      <div className="page-head">
        <div className="title-row">
          <PageTitle title={detail.name} />
          <StatusBadge disabled={detail.is_disabled} />
        </div>
        {detail.description && <p className="muted">{detail.description}</p>}
        <p className="muted small">
          <code>{detail.id}</code>
        </p>
        {channel.error && <Notice error={channel.error.message} />}
      </div>
      <div className="channel-grid">
        <ChannelProducts channel={detail} locationIds={locationIds} onRefresh={channel.reload} />
        <div className="side">
          <ChannelKeys channel={detail} onChanged={channel.reload} />
          <ChannelLocations channel={detail} onChanged={channel.reload} />
        </div>
      </div>
    </>
  )
}
