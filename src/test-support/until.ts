import { eventually } from "./eventually.js"

/** Polls `check` until it holds; fails after `ms` (generous: tests never depend on speed). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000, everyMs = 20) {
  await eventually(
    `timed out waiting for ${what}`,
    async () => check(),
    (held) => held,
    ms,
    everyMs,
  )
}
