import { createRegionsWorkflow } from "../../../workflows/region/create-regions.js"
import { deleteRegionsWorkflow } from "../../../workflows/region/delete-regions.js"
import { updateRegionWorkflow } from "../../../workflows/region/update-region.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CreateRegionBody, ListRegionsQuery, RetrieveQuery, UpdateRegionBody } from "./validators.js"

/**
 * /admin/regions. `with_deleted` is accepted and, as in Medusa, not forwarded; an unknown id is
 * a 404 (an update's comes from the workflow, with Medusa's quoted id).
 */
export const regionRoutes = recordRoutes({
  path: "/regions",
  entity: "region",
  key: "region",
  listKey: "regions",
  object: "region",
  defaults: DEFAULT_FIELDS,
  schemas: { list: ListRegionsQuery, retrieve: RetrieveQuery, create: CreateRegionBody, update: UpdateRegionBody },
  create: forOne(createRegionsWorkflow),
  update: updateRegionWorkflow,
  delete: forOne(deleteRegionsWorkflow),
  missing: (id) => `Region with id: ${id} not found`,
})
