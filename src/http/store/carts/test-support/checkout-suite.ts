import { before } from "node:test"
import { serverSuite, type ServerSuite } from "../../../../test-support/server-suite.js"
import { createCheckoutShop, type CheckoutShop } from "./checkout-fixtures.js"

export interface CheckoutSuite extends ServerSuite {
  /** the checkout shop on the default channel: filled in the suite's `before` hook, so read it inside tests */
  shop: CheckoutShop
}

/** serverSuite() with the checkout shop the store's cart, payment and order suites sell from. */
export function checkoutSuite(): CheckoutSuite {
  const suite = serverSuite()
  const shop = {} as CheckoutShop
  before(async () => {
    Object.assign(shop, await createCheckoutShop(suite.s.app.container, suite.s.defaults.default_sales_channel_id))
  })
  return { ...suite, shop }
}
