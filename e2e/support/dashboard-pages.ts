/**
 * The pages of Medusa's dashboard (2.21.2) the end-to-end test opens: its main menu and its
 * settings menu as they show with every feature flag off. The pages of promotions, campaigns,
 * price lists, price preferences, tax regions and customer groups wait on their own issues.
 */
export const MAIN_MENU = ["/orders", "/products", "/collections", "/categories", "/product-options", "/inventory", "/reservations", "/customers"]

export const SETTINGS_MENU = [
  "/settings/store",
  "/settings/users",
  "/settings/regions",
  "/settings/return-reasons",
  "/settings/refund-reasons",
  "/settings/sales-channels",
  "/settings/product-types",
  "/settings/product-tags",
  "/settings/locations",
  "/settings/publishable-api-keys",
  "/settings/secret-api-keys",
  "/settings/workflows",
  "/settings/profile",
]

export const WAITING_ON_OTHER_ISSUES = ["/customer-groups", "/promotions", "/campaigns", "/price-lists", "/settings/tax-regions"]
