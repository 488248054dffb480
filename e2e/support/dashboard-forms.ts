import type { Page } from "playwright-core"

/** Ticks the checkbox of the table row that shows this text (a product title, a channel name). */
export async function tickRow(page: Page, text: string) {
  await page.locator("tr", { hasText: text }).first().locator('button[role="checkbox"]').click({ timeout: 60_000 })
}

/** Submits the open route modal's form and waits until the modal has closed (the dashboard
 * navigates back on success). */
export async function submitModal(page: Page) {
  const before = page.url()
  await page.locator('button[type="submit"]').last().click()
  await page.waitForURL((url) => url.toString() !== before, { timeout: 60_000 })
}
