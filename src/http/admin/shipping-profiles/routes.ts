import { createShippingProfilesWorkflow } from "../../../workflows/shipping-profile/create-shipping-profiles.js"
import { deleteShippingProfilesWorkflow } from "../../../workflows/shipping-profile/delete-shipping-profiles.js"
import { updateShippingProfileWorkflow } from "../../../workflows/shipping-profile/update-shipping-profile.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import {
  CreateShippingProfileBody,
  ListShippingProfilesQuery,
  RetrieveQuery,
  UpdateShippingProfileBody,
} from "./validators.js"

/**
 * /admin/shipping-profiles. Medusa re-reads without a not-found check, so a GET or update of a
 * missing profile answers `{}` (200); a delete of one is the workflow's 404. Medusa checks the
 * create route's query with the list parameters (only `fields` is used).
 */
export const shippingProfileRoutes = recordRoutes({
  path: "/shipping-profiles",
  entity: "shipping_profile",
  key: "shipping_profile",
  listKey: "shipping_profiles",
  object: "shipping_profile",
  defaults: DEFAULT_FIELDS,
  schemas: {
    list: ListShippingProfilesQuery,
    retrieve: RetrieveQuery,
    create: CreateShippingProfileBody,
    update: UpdateShippingProfileBody,
    createQuery: ListShippingProfilesQuery,
  },
  create: forOne(createShippingProfilesWorkflow),
  update: updateShippingProfileWorkflow,
  delete: forOne(deleteShippingProfilesWorkflow),
})
