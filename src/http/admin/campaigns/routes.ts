import {
  createCampaignWorkflow,
  deleteCampaignWorkflow,
  updateCampaignWorkflow,
} from "../../../workflows/promotion/campaigns.js"
import { recordRoutes, withoutAdditionalData } from "../../helpers/record-routes.js"
import { CampaignSchemas } from "./validators.js"

/** /admin/campaigns, Medusa 2.21.2's defaults (`*budget`). */
export const campaignRoutes = recordRoutes({
  path: "/campaigns",
  entity: "promotion_campaign",
  key: "campaign",
  listKey: "campaigns",
  object: "campaign",
  defaults: [
    "id",
    "name",
    "description",
    "campaign_identifier",
    "*budget",
    "starts_at",
    "ends_at",
    "created_at",
    "updated_at",
    "deleted_at",
  ],
  schemas: CampaignSchemas,
  create: async (c, body) => [await createCampaignWorkflow(c, withoutAdditionalData(body))],
  update: (c, id, body) => updateCampaignWorkflow(c, id, withoutAdditionalData(body)),
  delete: deleteCampaignWorkflow,
  missing: (id) => `Campaign with id: ${id} was not found`,
})
