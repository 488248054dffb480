import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { Campaign, CampaignBudget } from "./models/campaign.js"
import { ApplicationMethod, Promotion } from "./models/promotion.js"
import { PromotionRule, PromotionRuleValue } from "./models/rule.js"
import { PromotionService } from "./service.js"

export const promotionModule = defineModule({
  name: "promotion",
  migrations: [initial],
  service: PromotionService,
})

export { PromotionService, Campaign, CampaignBudget, Promotion, ApplicationMethod, PromotionRule, PromotionRuleValue }
