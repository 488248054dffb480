import { useState } from "react"
import { api, query } from "../api"
import { useDebounced, useResource } from "../hooks"
import type { ChannelDetail, ProductSummary } from "../types"

interface Props {
  channel: ChannelDetail
  /** changes whenever the channel's product list was re-read, to refresh the "in channel" marks */
  version: unknown
  pending: boolean
  onAdd: (product: ProductSummary) => void
}

/** Finds products by title/handle (GET /admin/products?q=…) to add to the channel. */
export function AddProducts({ channel, version, pending, onAdd }: Props) {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim(), 250)
  const found = useResource(
    () =>
      api.get<{ products: ProductSummary[]; count: number }>(
        `/admin/products${query({ q, fields: "id,title,status,sales_channels.id", limit: 8, order: "title" })}`,
      ),
    [q, version],
  )
  const products = found.data?.products ?? []

  return (
    <div className="add-products">
      <h3 id="add-products-title">Add products</h3>
      <div className="field" role="search">
        <label htmlFor="product-search">Find products</label>
        <input
          id="product-search"
          type="search"
          placeholder="Title or handle"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {found.error && <p className="notice notice-error">{found.error.message}</p>}
      <ul className="picker" aria-labelledby="add-products-title" aria-busy={found.loading}>
        {products.map((product) => {
          const inChannel = product.sales_channels.some((c) => c.id === channel.id)
          return (
            <li key={product.id}>
              <span>{product.title}</span>
              {inChannel ? (
                <span className="muted small">in this channel</span>
              ) : (
                <button
                  type="button"
                  disabled={pending}
                  aria-label={`Add ${product.title} to ${channel.name}`}
                  onClick={() => onAdd(product)}
                >
                  Add
                </button>
              )}
            </li>
          )
        })}
        {found.data && products.length === 0 && (
          <li className="muted">{q ? `No product matches “${q}”.` : "No products yet."}</li>
        )}
      </ul>
      {found.data && found.data.count > products.length && (
        <p className="muted small">
          Showing {products.length} of {found.data.count}: refine the search to find others.
        </p>
      )}
    </div>
  )
}
