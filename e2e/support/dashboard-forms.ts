import type { Page } from "playwright-core"

/** Ticks the checkbox of the table row that shows this text (a product title, a channel name). */
export async function tickRow(page: Page, text: string) {
  await page.locator("tr", { hasText: text }).first().locator('button[role="checkbox"]').click({ timeout: 60_000 })
}

/** Submits the open route modal's form and waits until it closes: the dashboard leaves the
 * form's address once the save succeeded (a failure keeps the form open, with an error). */
export async function submitModal(page: Page) {
  const form = new URL(page.url()).pathname
  await page.locator('button[type="submit"]').last().click()
  await page.waitForURL((url) => url.pathname !== form, { timeout: 60_000, waitUntil: "commit" })
}

/** Polls `read` until it returns `expected` (JSON-equal) or 60 s have passed; returns the last value. */
export async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const until = Date.now() + 60_000
  let last = await read()
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500))
    last = await read()
  }
  return last
}
