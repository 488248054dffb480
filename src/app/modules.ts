import { apiKeyModule } from "../modules/api-key/index.js"
import { authModule } from "../modules/auth/index.js"
import { cartModule } from "../modules/cart/index.js"
import { customerModule } from "../modules/customer/index.js"
import { fulfillmentModule } from "../modules/fulfillment/index.js"
import { inventoryModule } from "../modules/inventory/index.js"
import { orderModule } from "../modules/order/index.js"
import { paymentModule } from "../modules/payment/index.js"
import { pricingModule } from "../modules/pricing/index.js"
import { promotionModule } from "../modules/promotion/index.js"
import { productModule } from "../modules/product/index.js"
import { regionModule } from "../modules/region/index.js"
import { salesChannelModule } from "../modules/sales-channel/index.js"
import { stockLocationModule } from "../modules/stock-location/index.js"
import { storeModule } from "../modules/store/index.js"
import { taxModule } from "../modules/tax/index.js"
import { userModule } from "../modules/user/index.js"

/** Every module, by the name links and containers use (Medusa's module keys). */
export const modules = {
  sales_channel: salesChannelModule,
  api_key: apiKeyModule,
  stock_location: stockLocationModule,
  product: productModule,
  inventory: inventoryModule,
  region: regionModule,
  cart: cartModule,
  payment: paymentModule,
  order: orderModule,
  store: storeModule,
  fulfillment: fulfillmentModule,
  user: userModule,
  auth: authModule,
  customer: customerModule,
  tax: taxModule,
  pricing: pricingModule,
  promotion: promotionModule,
}

export type ModuleName = keyof typeof modules
export type Services = { [K in ModuleName]: InstanceType<(typeof modules)[K]["service"]> }
