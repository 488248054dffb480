import type { FastifyInstance } from "fastify"
import type { App } from "../../app/app.js"
import { customerGroupsOf } from "./cache/customer-groups.js"
import { createStoreCache } from "./cache/store-cache.js"
import { storeCartRoutes } from "./carts/routes.js"
import { storeCollectionRoutes } from "./collections/routes.js"
import { customerAuthenticator } from "./customer-auth.js"
import { storeCustomerRoutes } from "./customers/routes.js"
import { storeOrderRoutes } from "./orders/routes.js"
import { storePaymentCollectionRoutes } from "./payment-collections/routes.js"
import { storePaymentProviderRoutes } from "./payment-providers/routes.js"
import { storeProductCategoryRoutes } from "./product-categories/routes.js"
import { storeProductOptionRoutes } from "./product-options/routes.js"
import { storeProductTagRoutes } from "./product-tags/routes.js"
import { storeProductTypeRoutes } from "./product-types/routes.js"
import { storeProductVariantRoutes } from "./product-variants/routes.js"
import { storeProductRoutes } from "./products/routes.js"
import { publishableKeyGate } from "./publishable-key.js"
import { storeRateLimit } from "./rate-limit.js"
import { storeRegionRoutes } from "./regions/routes.js"
import { storeShippingOptionRoutes } from "./shipping-options/routes.js"

/** Every /store route needs a valid publishable key (docs/medusa-contract.md §8.0). */
export function registerStoreRoutes(app: App) {
  return async function store(server: FastifyInstance) {
    server.addHook("onRequest", publishableKeyGate(app))
    server.addHook("onRequest", storeRateLimit(app)) // after the gate: per valid key (SALESGRAPH_STORE_RATE_LIMIT)
    const customerAuth = customerAuthenticator(app)
    server.decorate("customerAuth", customerAuth)
    server.decorate("storeCache", createStoreCache(app, customerGroupsOf(app, customerAuth.customerIdOf)))
    for (const routes of [
      storeProductRoutes,
      storeProductVariantRoutes,
      storeRegionRoutes,
      storeCollectionRoutes,
      storeProductCategoryRoutes,
      storeProductTagRoutes,
      storeProductTypeRoutes,
      storeProductOptionRoutes,
      storeCartRoutes,
      storePaymentCollectionRoutes,
      storeOrderRoutes,
      storeCustomerRoutes,
      storeShippingOptionRoutes,
      storePaymentProviderRoutes,
    ]) {
      await server.register(routes)
    }
  }
}
