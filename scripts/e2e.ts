/**
 * `npm run e2e`: the end-to-end tests under e2e/ (every *.test.ts but e2e/support/), one file at a
 * time (each starts salesgraph and Medusa's own clients, which take the machine's cores), with
 * node's test runner. Exits non-zero when a test fails.
 *   npm run e2e                       all of them
 *   npm run e2e -- e2e/storefront     only files under these paths
 */
import { spawn } from "node:child_process"
import { readdirSync, statSync } from "node:fs"
import { join } from "node:path"

function findTests(path: string, out: string[] = []): string[] {
  if (statSync(path).isFile()) {
    if (path.endsWith(".test.ts")) out.push(path)
    return out
  }
  for (const name of readdirSync(path).sort()) {
    if (name === "node_modules" || name === "support" || name.startsWith(".")) continue
    findTests(join(path, name), out)
  }
  return out
}

const roots = process.argv.slice(2)
const files = (roots.length ? roots : ["e2e"]).flatMap((root) => findTests(root))
if (files.length === 0) {
  console.error(`no *.test.ts files under ${roots.join(", ") || "e2e"}`)
  process.exit(1)
}

const started = Date.now()
const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...files], {
  stdio: "inherit",
})
const code = await new Promise<number>((resolve) => child.once("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))))
console.log(`# e2e: ${files.length} file(s) in ${Math.round((Date.now() - started) / 1000)} s, exit code ${code}`)
process.exit(code)
