import type { Page } from "playwright-core"
import { recordFailures, type FailedRequest } from "./browser.js"

/** The words Medusa's dashboard shows when a page fails (its error boundary, en.json). */
const ERROR_TITLES = [
  "An error occurred",
  "400 - Bad request",
  "404 - There is no page at this address",
  "500 - Internal server error",
]

export interface PageVisit {
  path: string
  failed: FailedRequest[]
  /** the error the page shows (error boundary title or an error toast), if any */
  error?: string
}

/** Medusa's dashboard served at `${base}/dashboard`, driven in one browser page. */
export function dashboardSession(page: Page, base: string) {
  const failures = recordFailures(page)

  /** What the page shows as an error now, if anything. */
  async function shownError(): Promise<string | undefined> {
    const body = (await page.locator("body").innerText()).split("\n").map((l) => l.trim())
    const title = ERROR_TITLES.find((t) => body.includes(t))
    if (title) return title
    const toast = page.locator('[data-sonner-toast][data-type="error"]')
    return (await toast.count()) > 0 ? `toast: ${await toast.first().innerText()}` : undefined
  }

  /** Waits until the network has been quiet and the page has rendered. */
  async function settle() {
    await page.waitForLoadState("networkidle", { timeout: 60_000 })
    await page.waitForTimeout(1000)
    await page.waitForLoadState("networkidle", { timeout: 60_000 })
  }

  return {
    failures,
    shownError,
    settle,
    async signIn(email: string, password: string) {
      await page.goto(`${base}/dashboard/login`)
      await page.locator('input[name="email"]').fill(email, { timeout: 60_000 })
      await page.locator('input[name="password"]').fill(password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
      await settle()
    },
    /** Opens a dashboard path and reports the requests that failed and the error shown. */
    async visit(path: string): Promise<PageVisit> {
      failures.take()
      await page.goto(`${base}/dashboard${path}`)
      await settle()
      return { path, failed: failures.take(), error: await shownError() }
    },
  }
}
