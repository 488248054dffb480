import type { Page } from "playwright-core"

/** Ticks the checkbox of the table row that shows this text (a product title, a channel name). */
export async function tickRow(page: Page, text: string) {
  await page.locator("tr", { hasText: text }).first().locator('button[role="checkbox"]').click({ timeout: 60_000 })
}

const SUCCESS_TOAST = '[data-sonner-toast][data-type="success"]'

/** Submits the open route modal's form and waits for the dashboard's success toast (it shows
 * one on every save this test makes; a failure shows an error toast instead). */
export async function submitModal(page: Page) {
  const before = await page.locator(SUCCESS_TOAST).count()
  await page.locator('button[type="submit"]').last().click()
  await page.waitForFunction(
    ([selector, count]) => document.querySelectorAll(selector as string).length > (count as number),
    [SUCCESS_TOAST, before] as const,
    { timeout: 60_000 },
  )
}
