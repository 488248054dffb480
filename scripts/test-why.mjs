/**
 * A second node:test reporter (scripts/test.ts adds it beside TAP): at the end of a run, says
 * why the run fails even when no test failed. node counts only failing tests as `fail`: a
 * `before` hook that throws cancels its suite's tests (`cancelled`, not `fail`), a file that
 * crashes or exits non-zero after its tests fails as a file, an error thrown after a test ended
 * is only a diagnostic line. Each of those exits 1; this lists them by file.
 * Plain JavaScript: node loads reporters before tsx is registered.
 */
const short = (value) =>
  String(value instanceof Error ? value.message : value)
    .split("\n")[0]
    .slice(0, 300)
const relative = (file) => (file ?? "?").replace(process.cwd() + "/", "")

/** @param {{ name: string, nesting: number, file?: string, details: { error: any } }} f */
function describeFailure(f) {
  const error = f.details.error
  const where = `${relative(f.file)} › ${f.name}`
  switch (error.failureType) {
    case "cancelledByParent":
      return undefined // counted, and explained by its parent's line
    case "hookFailed":
      return `a hook failed (its tests are cancelled, not failed): ${where}: ${short(error.cause)}`
    case "testTimeoutFailure":
      return `timed out (--test-timeout): ${where}`
    case "subtestsFailed":
      return undefined // its failing subtests have their own lines
  }
  if (f.nesting === 0 && f.name === f.file) {
    const how = error.signal ? `killed by ${error.signal}` : `exit code ${error.exitCode}`
    return `the file failed outside any test (${how}: a crash, an error after its tests, a hang): ${relative(f.file)}`
  }
  return `failed: ${where}: ${short(error.cause ?? error.message)}`
}

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* why(source) {
  const lines = []
  const cancelled = new Map()
  for await (const event of source) {
    if (event.type === "test:fail") {
      const f = event.data
      if (f.details.error.failureType === "cancelledByParent")
        cancelled.set(relative(f.file), (cancelled.get(relative(f.file)) ?? 0) + 1)
      const line = describeFailure(f)
      if (line) lines.push(line)
    } else if (
      event.type === "test:diagnostic" &&
      /after the test ended|uncaughtException|unhandledRejection/.test(event.data.message ?? "")
    ) {
      lines.push(`error after a test ended: ${short(event.data.message)}`)
    }
  }
  for (const [file, n] of cancelled)
    lines.push(`${n} test(s) cancelled in ${file} (a hook failed, the file ended early, or a test awaited forever)`)
  if (lines.length) yield `\n# why this run fails:\n${lines.map((l) => `#   ${l}`).join("\n")}\n`
}
