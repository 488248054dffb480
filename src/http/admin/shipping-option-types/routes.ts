import {
  createShippingOptionTypesWorkflow,
  deleteShippingOptionTypesWorkflow,
  updateShippingOptionTypeWorkflow,
} from "../../../workflows/fulfillment/shipping-option-types.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import {
  CreateShippingOptionTypeBody,
  ListShippingOptionTypesQuery,
  RetrieveQuery,
  UpdateShippingOptionTypeBody,
} from "./validators.js"

/**
 * /admin/shipping-option-types (Medusa 2.10+): a GET of an unknown id answers `{}` (Medusa
 * re-reads without a check), an update of one is its 404, a delete of one answers deleted.
 */
export const shippingOptionTypeRoutes = recordRoutes({
  path: "/shipping-option-types",
  entity: "shipping_option_type",
  key: "shipping_option_type",
  listKey: "shipping_option_types",
  object: "shipping_option_type",
  // Medusa's defaultAdminShippingOptionTypeFields
  defaults: ["id", "label", "code", "description", "created_at", "updated_at"],
  schemas: {
    list: ListShippingOptionTypesQuery,
    retrieve: RetrieveQuery,
    create: CreateShippingOptionTypeBody,
    update: UpdateShippingOptionTypeBody,
  },
  create: async (c, body) => [await createShippingOptionTypesWorkflow(c, body)],
  update: updateShippingOptionTypeWorkflow,
  delete: forOne(deleteShippingOptionTypesWorkflow),
})
