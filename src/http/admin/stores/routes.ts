import { updateStoreWorkflow } from "../../../workflows/store/update-store.js"
import { recordRoutes } from "../../helpers/record-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { ListStoresQuery, RetrieveQuery, UpdateStoreBody } from "./validators.js"

/**
 * /admin/stores: list, retrieve and update (the store is made by the defaults, never deleted).
 * Medusa answers a GET of an unknown id with 200 and no `store` key; an update of one is the
 * workflow's 404.
 */
export const storeRoutes = recordRoutes({
  path: "/stores",
  entity: "store",
  key: "store",
  listKey: "stores",
  defaults: DEFAULT_FIELDS,
  schemas: { list: ListStoresQuery, retrieve: RetrieveQuery, update: UpdateStoreBody },
  update: updateStoreWorkflow,
})
