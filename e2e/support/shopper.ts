import type { Page } from "playwright-core"

/** Generous bounds: the storefront renders server-side on a loaded machine. */
export const STEP_TIMEOUT = 60_000

export interface ShopperAddress {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  /** ISO 2, one of the region's countries */
  country_code: string
  email: string
}

/** On a product page: clicks the variant's option values (option title → value; a product with one variant shows none). */
export async function chooseVariant(page: Page, options: Record<string, string>) {
  await page.getByTestId("product-title").first().waitFor()
  const groups = page.getByTestId("product-options")
  if ((await groups.count()) === 0) return
  for (const value of Object.values(options))
    await groups.getByRole("button", { name: value, exact: true }).first().click()
}

/** Whether the navigation's cart link shows one item within the step's bound. */
const cartHoldsOne = (page: Page) =>
  page
    .getByTestId("nav-cart-link")
    .filter({ hasText: "(1)" })
    .waitFor({ timeout: STEP_TIMEOUT })
    .then(() => true)
    .catch(() => false)

export interface AddToCartOptions {
  /** reports a miss that the shopper got past */
  note: (text: string) => void
  /** whether the backend's cart (the storefront's cart cookie) holds the item */
  backendHoldsItem: () => Promise<boolean>
}

/**
 * On a product page with its variant chosen: adds it, then waits for the cart to hold it. The
 * storefront re-renders the page after its server action; when the cart link still does not show
 * the item, the shopper reloads. If the link still shows none, the backend's cart is asked: when it
 * holds the item, the storefront's own cached cart is stale (its next cart action refreshes it) and
 * the shopper goes on; each such miss is reported through `note`. Otherwise the step fails.
 */
export async function addToCart(page: Page, options: AddToCartOptions) {
  const button = page.getByTestId("add-product-button").first()
  await button.waitFor({ state: "visible", timeout: STEP_TIMEOUT })
  await page
    .locator('[data-testid="add-product-button"]:not([disabled])', { hasText: "Add to cart" })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT })
  await button.click()
  if (await cartHoldsOne(page)) return
  const shown = await page
    .getByTestId("nav-cart-link")
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => null)
  await page.reload()
  const afterReload = await cartHoldsOne(page)
  const held = afterReload || (await options.backendHoldsItem())
  options.note(
    `the cart link showed ${JSON.stringify(shown)} after "Add to cart" on ${page.url()}; after a reload: ` +
      `${afterReload ? "the item" : "still none"}; the backend's cart ${held ? "holds" : "does not hold"} it`,
  )
  if (!held) throw new Error(`"Add to cart" on ${page.url()}: the backend's cart does not hold the item`)
}

/** From the cart page through address, delivery, payment and review to the confirmation page; returns the order id. */
export async function checkout(page: Page, baseUrl: string, country: string, address: ShopperAddress): Promise<string> {
  await page.goto(`${baseUrl}/${country}/cart`)
  await page.getByTestId("checkout-button").click()
  await page.waitForURL(/\/checkout/, { timeout: STEP_TIMEOUT })

  await page.getByTestId("shipping-first-name-input").fill(address.first_name)
  await page.getByTestId("shipping-last-name-input").fill(address.last_name)
  await page.getByTestId("shipping-address-input").fill(address.address_1)
  await page.getByTestId("shipping-postal-code-input").fill(address.postal_code)
  await page.getByTestId("shipping-city-input").fill(address.city)
  await page.getByTestId("shipping-country-select").selectOption(address.country_code)
  await page.getByTestId("shipping-email-input").fill(address.email)
  await page.getByTestId("submit-address-button").click()

  await page.getByTestId("delivery-option-radio").first().click({ timeout: STEP_TIMEOUT })
  await page.locator('[data-testid="submit-delivery-option-button"]:not([disabled])').click({ timeout: STEP_TIMEOUT })

  await page.getByText("Manual Payment", { exact: false }).first().click({ timeout: STEP_TIMEOUT })
  await page.getByTestId("submit-payment-button").click()

  await page.getByTestId("submit-order-button").click({ timeout: STEP_TIMEOUT })
  await page.waitForURL(/\/order\/[^/]+\/confirmed/, { timeout: STEP_TIMEOUT })
  return new URL(page.url()).pathname.split("/")[3]
}

/** Whether the cart page lists promotion `code` within the step's bound. */
const listsPromotion = (page: Page, code: string) =>
  page
    .getByTestId("discount-row")
    .filter({ hasText: code })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT })
    .then(() => true)
    .catch(() => false)

/** What the cart page's promotion box shows: its rows, its error message and the code input. */
async function promotionBox(page: Page): Promise<string> {
  const error = await page
    .getByTestId("discount-error-message")
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => null)
  const value = await page
    .getByTestId("discount-input")
    .first()
    .inputValue({ timeout: 1000 })
    .catch(() => null)
  const rows = await page.getByTestId("discount-row").allTextContents()
  return `promotion rows ${JSON.stringify(rows)}, error message ${JSON.stringify(error)}, code input ${JSON.stringify(value)}`
}

export interface PromotionCodeOptions {
  /** reports a miss that the shopper got past (a reload, or applying again) */
  note: (text: string) => void
  /** the backend's side of a miss: the cart's requests and promotions */
  diagnose: () => Promise<string>
}

/**
 * On the cart page: opens "Add Promotion Code(s)", applies `code`, and waits for the cart to list
 * it with a discount. When the page does not list it, the shopper reloads and, if it is still not
 * there, applies it once more, as a person would; each miss is reported through `note`, with what
 * the page showed and the backend's side, and a second miss fails.
 */
export async function applyPromotionCode(page: Page, url: string, code: string, options: PromotionCodeOptions) {
  await page.goto(url)
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId("add-discount-button").first().click({ timeout: STEP_TIMEOUT })
    await page.getByTestId("discount-input").first().fill(code)
    await page.getByTestId("discount-apply-button").first().click()
    if (await listsPromotion(page, code)) break
    const miss = `${code} is not listed on ${page.url()} after Apply (attempt ${attempt}): ${await promotionBox(page)}; ${await options.diagnose()}`
    if (attempt === 2) throw new Error(miss)
    await page.reload()
    const afterReload = await listsPromotion(page, code)
    options.note(`${miss}; after a reload: ${afterReload ? "listed" : "not listed, applying again"}`)
    if (afterReload) break
  }
  await page.getByTestId("cart-discount").first().waitFor({ timeout: STEP_TIMEOUT })
}

/** The cart summary's amounts as the page renders them (each figure's `data-value`). */
export async function cartSummary(page: Page) {
  const value = async (id: string) => Number(await page.getByTestId(id).first().getAttribute("data-value"))
  return {
    subtotal: await value("cart-subtotal"),
    shipping: await value("cart-shipping"),
    discount: await value("cart-discount"),
    taxes: await value("cart-taxes"),
    total: await value("cart-total"),
  }
}
