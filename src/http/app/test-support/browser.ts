import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium, type BrowserContext, type Page } from "playwright-core"
import { ADMIN, type TestServer } from "../../../test-support/http.js"

/** The system's Chromium (Debian's `chromium` package; .ci/run installs it): never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]

export interface TestBrowser {
  context: BrowserContext
  /** a new tab; its console errors and failed page scripts are collected in `errors` */
  page(): Promise<Page>
  errors: string[]
  close(): Promise<void>
}

/** Headless Chromium with a fresh profile (its own user-data-dir, removed on close). */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH`,
    )
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "salesgraph-chromium-"))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: "en-US",
    timezoneId: "UTC",
  })
  // generous: a page on a loaded CI machine (the whole suite beside it) can take many seconds to
  // sign in and render; a waitFor that fails still fails, only later
  context.setDefaultTimeout(60_000)
  const errors: string[] = []
  return {
    context,
    errors,
    async page() {
      const page = await context.newPage()
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`))
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`)
      })
      return page
    },
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Opens the admin page and signs in through its form as the test server's admin. */
export async function signIn(page: Page, s: TestServer, path = "/app/"): Promise<void> {
  await page.goto(s.url + path)
  await page.getByLabel("Email").fill(ADMIN.email)
  await page.getByLabel("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Sign in" }).click()
  await page.getByRole("button", { name: "Sign out" }).waitFor()
}
