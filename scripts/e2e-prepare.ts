/**
 * `npm run e2e:prepare`: what the end-to-end tests install and build before any server runs,
 * done ahead of them: Medusa's dashboard (`salesgraph dashboard --build-only`, skipped when its
 * build is current) and the storefront's node_modules (`.e2e-cache/deps-<hash>`, skipped when
 * installed). `.ci/run` starts it beside the unit tests, so `npm run e2e` finds both ready; the
 * e2e tests still do either themselves when it has not run.
 */
import { spawn } from "node:child_process"
import { join } from "node:path"
import { REPO_ROOT } from "../e2e/support/salesgraph.js"
import { storefrontDependencies, storefrontSource } from "../e2e/support/storefront.js"

function dashboardBuild(): Promise<void> {
  const main = join(REPO_ROOT, "src/cli/main.ts")
  const child = spawn(process.execPath, ["--import", "tsx", main, "dashboard", "--build-only"], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  })
  return new Promise((resolve, reject) =>
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`salesgraph dashboard --build-only: exit ${code}`)),
    ),
  )
}

const started = Date.now()
// one after the other: both are npm installs followed by CPU-heavy work on a 2-core machine
await dashboardBuild()
const modules = await storefrontDependencies(storefrontSource())
console.log(`# e2e:prepare: dashboard built, storefront dependencies in ${modules}`)
console.log(`# e2e:prepare: ${Math.round((Date.now() - started) / 1000)} s`)
