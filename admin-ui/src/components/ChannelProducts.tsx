import { useState } from "react"
import { api, query } from "../api"
import { productAvailability } from "../availability"
import { useMutation, useResource } from "../hooks"
import type { ChannelDetail, Page, ProductListing, ProductStock } from "../types"
import { AddProducts } from "./AddProducts"
import { Badge } from "./Badge"
import { ChannelListing } from "./ChannelListing"
import { Notice } from "./Notice"
import { Pager } from "./Pager"

const LIMIT = 20
const LEVEL = "variants.inventory_items.inventory.location_levels"
const FIELDS = [
  "id,title,status",
  "variants.id,variants.title,variants.sku,variants.manage_inventory",
  "variants.inventory_items.required_quantity",
  `${LEVEL}.location_id,${LEVEL}.stocked_quantity,${LEVEL}.reserved_quantity`,
  "sales_channels_link.sales_channel_id,sales_channels_link.visible,sales_channels_link.purchasable",
  "sales_channels_link.available_from,sales_channels_link.available_until",
].join(",")

interface Props {
  channel: ChannelDetail
  locationIds: ReadonlySet<string>
  /** re-read the channel (its stock locations) too */
  onRefresh: () => void
}

/** The channel's products (GET /admin/products?sales_channel_id[]=…) with their available
 * quantity at the channel's stock locations; add and remove (POST /admin/sales-channels/:id/products). */
export function ChannelProducts({ channel, locationIds, onRefresh }: Props) {
  const [offset, setOffset] = useState(0)
  const products = useResource(
    () =>
      api.get<Page & { products: ProductStock[] }>(
        `/admin/products${query({ sales_channel_id: [channel.id], fields: FIELDS, limit: LIMIT, offset, order: "title" })}`,
      ),
    [channel.id, offset],
  )
  const change = useMutation()
  const rows = products.data?.products ?? []

  const batch = (body: { add?: string[]; remove?: string[] }, success: string) =>
    change.run(async () => {
      await api.post(`/admin/sales-channels/${channel.id}/products`, body)
      products.reload()
    }, success)

  const saveListing = (product: ProductStock, patch: Partial<ProductListing>) =>
    change.run(async () => {
      await api.post(`/admin/products/${product.id}/sales-channels/${channel.id}`, patch)
      products.reload()
    }, `Listing of “${product.title}” in ${channel.name} saved.`)

  const refresh = () => {
    products.reload()
    onRefresh()
  }

  return (
    <section className="panel" aria-labelledby="products-title">
      <div className="section-head">
        <h2 id="products-title">Products</h2>
        <button type="button" onClick={refresh} disabled={products.loading}>
          Refresh
        </button>
      </div>
      <p className="muted small">
        Available = stocked − reserved at the{" "}
        {locationIds.size === 1 ? "stock location" : `${locationIds.size} stock locations`} linked to this channel, per
        variant divided by the quantity each inventory item requires.
      </p>
      <Notice error={change.error ?? products.error?.message} message={change.message} />
      <div className="table-wrap">
        <table aria-labelledby="products-title" aria-busy={products.loading}>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col" className="number">
                Available in channel
              </th>
              <th scope="col">Listing</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((product) => {
              const availability = productAvailability(product, locationIds)
              return (
                <tr key={product.id} data-product-id={product.id}>
                  <th scope="row">
                    {product.title}
                    <ul className="variants" aria-label={`Variants of ${product.title}`}>
                      {availability.variants.map((v) => (
                        <li key={v.id}>
                          {v.label}: <VariantQuantity quantity={v.quantity} />
                        </li>
                      ))}
                    </ul>
                  </th>
                  <td className="col-status">
                    <Badge tone={product.status === "published" ? "on" : "neutral"}>{product.status}</Badge>
                  </td>
                  <td className="number available" data-testid="available">
                    {availability.total ?? <span className="muted">not tracked</span>}
                  </td>
                  <td>
                    <ChannelListing
                      key={JSON.stringify(product.sales_channels_link ?? [])}
                      productTitle={product.title}
                      channelName={channel.name}
                      listing={product.sales_channels_link?.find((l) => l.sales_channel_id === channel.id)}
                      pending={change.pending}
                      onSave={(c) => saveListing(product, c)}
                    />
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      aria-label={`Remove ${product.title} from ${channel.name}`}
                      disabled={change.pending}
                      onClick={() =>
                        batch({ remove: [product.id] }, `“${product.title}” removed from ${channel.name}.`)
                      }
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              )
            })}
            {products.data && rows.length === 0 && (
              <tr>
                <td colSpan={5} className="empty">
                  No products in this channel yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {products.data && <Pager page={products.data} label="Product pages" onOffset={setOffset} />}
      <AddProducts
        channel={channel}
        version={products.data}
        pending={change.pending}
        onAdd={(product) => batch({ add: [product.id] }, `“${product.title}” added to ${channel.name}.`)}
      />
    </section>
  )
}

function VariantQuantity({ quantity }: { quantity: number | null | undefined }) {
  if (quantity === undefined) return <span className="muted">not managed</span>
  if (quantity === null) return <span className="muted">no inventory item</span>
  return <>{quantity}</>
}
