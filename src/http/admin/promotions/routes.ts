import { createPromotionWorkflow } from "../../../workflows/promotion/create-promotion.js"
import { deletePromotionWorkflow, updatePromotionWorkflow } from "../../../workflows/promotion/update-promotion.js"
import { recordRoutes, withoutAdditionalData } from "../../helpers/record-routes.js"
import { PROMOTION_FIELDS } from "./query-config.js"
import { PromotionSchemas } from "./validators.js"

/** /admin/promotions: list, create, retrieve, update, delete (Medusa 2.21.2's shapes). */
export const promotionRecordRoutes = recordRoutes({
  path: "/promotions",
  entity: "promotion",
  key: "promotion",
  listKey: "promotions",
  object: "promotion",
  defaults: PROMOTION_FIELDS,
  schemas: PromotionSchemas,
  create: async (c, body) => [await createPromotionWorkflow(c, withoutAdditionalData(body))],
  update: (c, id, body) => updatePromotionWorkflow(c, id, withoutAdditionalData(body)),
  delete: deletePromotionWorkflow,
  missing: (id) => `Promotion with id or code: ${id} was not found`,
})
