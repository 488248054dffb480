/**
 * The pages of Medusa's dashboard (2.21.2) the end-to-end test opens: its main menu and its
 * settings menu as they show with every feature flag off. Promotions and campaigns are promotions.test.ts's, tax
 * regions tax-regions.test.ts's, customer groups and price lists pricing.test.ts's.
 */
export const MAIN_MENU = [
  "/orders",
  "/products",
  "/collections",
  "/categories",
  "/product-options",
  "/inventory",
  "/reservations",
  "/customers",
]

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

/**
 * Requests other pages make to routes of features that are other issues' work: each is named
 * with the issue's subject, and only these may fail (every other failure fails the test).
 */
const WAITING: { path: RegExp; waitsOn: string }[] = []

/** Whether a failed request is one waiting on another issue (see WAITING). */
export function waitingOnOtherIssues(_page: string, url: string): boolean {
  const { pathname, search } = new URL(url)
  return WAITING.some((w) => w.path.test(pathname + search))
}
