import { createSalesChannelsWorkflow } from "../../../workflows/sales-channel/create-sales-channels.js"
import { deleteSalesChannelsWorkflow } from "../../../workflows/sales-channel/delete-sales-channels.js"
import { linkProductsToSalesChannelWorkflow } from "../../../workflows/sales-channel/link-products-to-sales-channel.js"
import { updateSalesChannelWorkflow } from "../../../workflows/sales-channel/update-sales-channels.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { ProductsBatchBody } from "../products/listing-validators.js"
import { asList } from "../../validation/common.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateSalesChannelBody, ListSalesChannelsQuery, RetrieveQuery, UpdateSalesChannelBody } from "./validators.js"

/**
 * /admin/sales-channels. The list's link parameters become filters across the links (one
 * statement); `POST /:id/products` links products, with a listing state where one is given.
 */
export const salesChannelRoutes = recordRoutes({
  path: "/sales-channels",
  entity: "sales_channel",
  key: "sales_channel",
  listKey: "sales_channels",
  object: "sales-channel",
  defaults: DEFAULT_FIELDS,
  schemas: {
    list: ListSalesChannelsQuery,
    retrieve: RetrieveQuery,
    create: CreateSalesChannelBody,
    update: UpdateSalesChannelBody,
  },
  extraParams: ["location_id", "publishable_key_id"],
  listFilters: (filters, { location_id, publishable_key_id }) => ({
    ...filters,
    ...(location_id === undefined ? {} : { stock_locations: { id: asList(location_id) } }),
    ...(publishable_key_id === undefined ? {} : { publishable_api_keys: { id: asList(publishable_key_id) } }),
  }),
  create: forOne(createSalesChannelsWorkflow),
  update: updateSalesChannelWorkflow,
  delete: forOne(deleteSalesChannelsWorkflow),
  link: {
    path: "/products",
    body: ProductsBatchBody,
    run: (c, id, { add, remove }) => linkProductsToSalesChannelWorkflow(c, { id, add, remove }),
  },
  missing: (id) => `Sales channel with id: ${id} not found`,
})
