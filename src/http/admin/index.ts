import type { FastifyInstance } from "fastify"
import type { App } from "../../app/app.js"
import { adminAuthenticator } from "../auth/admin-auth.js"
import { apiKeyRoutes } from "./api-keys/routes.js"
import { collectionRoutes } from "./collections/routes.js"
import { currencyRoutes } from "./currencies/routes.js"
import { customerGroupRoutes } from "./customer-groups/routes.js"
import { customerRoutes } from "./customers/routes.js"
import { featureFlagRoutes } from "./feature-flags/routes.js"
import { fulfillmentProviderRoutes } from "./fulfillment-providers/routes.js"
import { fulfillmentSetRoutes } from "./fulfillment-sets/routes.js"
import { inventoryItemRoutes } from "./inventory-items/routes.js"
import { layoutRoutes } from "./layouts/routes.js"
import { notificationRoutes } from "./notifications/routes.js"
import { pluginRoutes } from "./plugins/routes.js"
import { priceListRoutes } from "./price-lists/routes.js"
import { pricePreferenceRoutes } from "./price-preferences/routes.js"
import { searchIndexRoutes } from "./search-indexes/routes.js"
import { workflowExecutionRoutes } from "./workflows-executions/routes.js"
import { orderChangeRoutes } from "./order-changes/routes.js"
import { orderReturnListRoutes } from "./returns/routes.js"
import { orderRoutes } from "./orders/routes.js"
import { paymentRoutes } from "./payments/routes.js"
import { productCategoryRoutes } from "./product-categories/routes.js"
import { productOptionRoutes } from "./product-options/routes.js"
import { productTagRoutes } from "./product-tags/routes.js"
import { productTypeRoutes } from "./product-types/routes.js"
import { productListingRoutes } from "./products/listing-routes.js"
import { productRoutes } from "./products/routes.js"
import { refundReasonRoutes } from "./refund-reasons/routes.js"
import { campaignRoutes } from "./campaigns/routes.js"
import { promotionPreviewRoute } from "./promotions/preview-route.js"
import { promotionRecordRoutes } from "./promotions/routes.js"
import { promotionRuleRoutes } from "./promotions/rule-routes.js"
import { regionRoutes } from "./regions/routes.js"
import { returnReasonRoutes } from "./return-reasons/routes.js"
import { salesChannelRoutes } from "./sales-channels/routes.js"
import { shippingOptionTypeRoutes } from "./shipping-option-types/routes.js"
import { shippingOptionRoutes } from "./shipping-options/routes.js"
import { shippingProfileRoutes } from "./shipping-profiles/routes.js"
import { stockLocationRoutes } from "./stock-locations/routes.js"
import { storeRoutes } from "./stores/routes.js"
import { taxProviderRoutes } from "./tax-providers/routes.js"
import { taxRateRoutes } from "./tax-rates/routes.js"
import { taxRegionRoutes } from "./tax-regions/routes.js"
import { userRoutes } from "./users/routes.js"

/** Every /admin route answers only to an authenticated user or secret key (docs/medusa-contract.md §5.4). */
export function registerAdminRoutes(app: App) {
  return async function admin(server: FastifyInstance) {
    // read by the dashboard before signing in, as Medusa allows
    await server.register(featureFlagRoutes)
    await server.register(authenticatedAdminRoutes(app))
  }
}

function authenticatedAdminRoutes(app: App) {
  return async function authenticated(server: FastifyInstance) {
    server.addHook("onRequest", adminAuthenticator(app))
    for (const routes of [
      userRoutes,
      salesChannelRoutes,
      apiKeyRoutes,
      stockLocationRoutes,
      productRoutes,
      productListingRoutes,
      collectionRoutes,
      productCategoryRoutes,
      productTagRoutes,
      productTypeRoutes,
      inventoryItemRoutes,
      regionRoutes,
      storeRoutes,
      orderRoutes,
      paymentRoutes,
      shippingProfileRoutes,
      fulfillmentSetRoutes,
      fulfillmentProviderRoutes,
      shippingOptionRoutes,
      shippingOptionTypeRoutes,
      customerRoutes,
      customerGroupRoutes,
      notificationRoutes,
      layoutRoutes,
      searchIndexRoutes,
      workflowExecutionRoutes,
      pricePreferenceRoutes,
      priceListRoutes,
      pluginRoutes,
      returnReasonRoutes,
      refundReasonRoutes,
      currencyRoutes,
      productOptionRoutes,
      orderReturnListRoutes,
      orderChangeRoutes,
      taxRegionRoutes,
      taxRateRoutes,
      taxProviderRoutes,
      promotionPreviewRoute,
      promotionRuleRoutes,
      promotionRecordRoutes,
      campaignRoutes,
    ]) {
      await server.register(routes)
    }
  }
}
