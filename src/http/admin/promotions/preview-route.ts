import { previewPromotion } from "../../../workflows/promotion/preview-promotion.js"
import type { TypedServer } from "../../helpers/typed-server.js"
import { IdParams } from "../../validation/params.js"
import { PreviewQuery } from "./validators.js"

const DESCRIPTION = `Beyond Medusa (docs/promotions.md): whether the promotion applies to the cart and why not.
Answers { preview: { promotion_id, code, cart_id, is_automatic, applies, reasons, rules, adjustments, discount_total } }:
reasons[].type is status_not_active, campaign_not_started, campaign_ended, usage_limit_reached, budget_exhausted,
budget_exceeded, currency_mismatch, rule_failed, code_not_applied, no_target or outranked, with a message and
its figures; rules[] is every rule with its expected values, the cart's actual values and whether it holds;
adjustments[] are the ones the promotion would make (for a code not on the cart: if it were added). Writes nothing.`

/** GET /admin/promotions/:id/preview?cart_id=: the read-only explanation of a promotion on a cart. */
export async function promotionPreviewRoute(server: TypedServer) {
  server.get(
    "/promotions/:id/preview",
    {
      schema: {
        params: IdParams,
        querystring: PreviewQuery,
        summary: "Explain whether a promotion applies to a cart",
        description: DESCRIPTION,
      },
    },
    async (request) => ({
      preview: await previewPromotion(request.container, request.params.id, request.query.cart_id),
    }),
  )
}
