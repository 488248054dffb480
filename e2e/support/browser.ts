import { chromium, type Browser, type Page } from "playwright-core"

/** The system Chromium (never a downloaded one), headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true })
}

/** A page that reaches only `origin`: other hosts (the flag pictures on a CDN) are refused at
 * once, so the test runs offline and never waits on a lookup that cannot succeed. */
export async function sameOriginPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage()
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  )
  return page
}

/** Every request of a page that failed: an answer of 400 or more, or no answer at all. */
export interface FailedRequest {
  method: string
  url: string
  status: number | "failed"
}

/** Records the failed requests of a page from now on; `take()` returns and clears them. */
export function recordFailures(page: Page): { take(): FailedRequest[] } {
  let failed: FailedRequest[] = []
  page.on("response", (response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === new URL(page.url()).origin)
      failed.push({ method: response.request().method(), url: response.url(), status: response.status() })
  })
  page.on("requestfailed", (request) => {
    // a navigation away cancels what the previous page still loaded: not a failure of the server
    if (request.failure()?.errorText === "net::ERR_ABORTED") return
    // another origin (refused by sameOriginPage) is not the server's
    if (new URL(request.url()).origin !== new URL(page.url()).origin) return
    failed.push({ method: request.method(), url: request.url(), status: "failed" })
  })
  return {
    take() {
      const out = failed
      failed = []
      return out
    },
  }
}
