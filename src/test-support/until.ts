/** Polls `check` until it holds; fails after `ms` (generous: tests never depend on speed). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000, everyMs = 20) {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
