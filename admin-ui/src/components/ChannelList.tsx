import { useState } from "react"
import { api, query } from "../api"
import { useDebounced, useResource } from "../hooks"
import { paths } from "../router"
import type { Page, SalesChannel } from "../types"
import { StatusBadge } from "./Badge"
import { CreateChannel } from "./CreateChannel"
import { Link } from "./Link"
import { Notice } from "./Notice"
import { PageTitle } from "./PageTitle"
import { Pager } from "./Pager"

const LIMIT = 20
const FIELDS = "id,name,description,is_disabled,created_at"

export function ChannelList() {
  const [search, setSearch] = useState("")
  const [offset, setOffset] = useState(0)
  const q = useDebounced(search.trim(), 250)
  const list = useResource(
    () =>
      api.get<Page & { sales_channels: SalesChannel[] }>(
        `/admin/sales-channels${query({ q, fields: FIELDS, limit: LIMIT, offset, order: "name" })}`,
      ),
    [q, offset],
  )
  const channels = list.data?.sales_channels ?? []

  return (
    <>
      <div className="page-head">
        <PageTitle title="Sales channels" />
        <p className="muted">
          Where products are sold: each channel has its products, publishable keys and stock locations.
        </p>
      </div>
      <CreateChannel onCreated={list.reload} />
      <section className="panel" aria-labelledby="channels-title">
        <div className="section-head">
          <h2 id="channels-title">All channels</h2>
          <div className="field inline" role="search">
            <label htmlFor="channel-search">Search channels</label>
            <input
              id="channel-search"
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value)
                setOffset(0)
              }}
            />
          </div>
        </div>
        <Notice error={list.error?.message} />
        <div className="table-wrap">
          <table aria-labelledby="channels-title" aria-busy={list.loading}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Description</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {channels.map((channel) => (
                <tr key={channel.id}>
                  <th scope="row">
                    <Link to={paths.channel(channel.id)}>{channel.name}</Link>
                  </th>
                  <td>{channel.description || <span className="muted">—</span>}</td>
                  <td>
                    <StatusBadge disabled={channel.is_disabled} />
                  </td>
                  <td>{new Date(channel.created_at).toLocaleDateString()}</td>
                </tr>
              ))}
              {list.data && channels.length === 0 && (
                <tr>
                  <td colSpan={4} className="empty">
                    {q ? `No channel matches “${q}”.` : "No sales channels yet."}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {list.data && <Pager page={list.data} label="Channel pages" onOffset={setOffset} />}
      </section>
    </>
  )
}
