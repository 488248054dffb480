import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, it } from "node:test"
import { builtFiles, isBuiltin, packageOf } from "./test-support/build-files.js"
import { isTestCode, ROOT } from "./test-support/source-tree.js"

/**
 * The production build holds production code only: no test file or test helper, and no import
 * of a package that `npm install --omit=dev` would not install. Checked on what the build
 * compiles (tsconfig.build.json and everything it pulls in), transpiled as tsc emits it.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> }

/** Production code that is not test code but may import a devDependency: none. */
function violations(files: { path: string; runtimeImports: string[] }[]): string[] {
  const out: string[] = []
  for (const file of files) {
    if (isTestCode(file.path)) out.push(`${file.path}: test code in the build`)
    for (const specifier of file.runtimeImports) {
      if (specifier.startsWith(".") || isBuiltin(specifier)) continue
      if (!(packageOf(specifier) in pkg.dependencies)) out.push(`${file.path} imports ${specifier}, not a dependency`)
    }
  }
  return out
}

describe("build content", () => {
  const files = builtFiles()

  it("compiles the production tree, and only it", () => {
    assert.ok(files.length > 300, `only ${files.length} files in the build`)
    const main = files.find((f) => f.path === "src/cli/main.ts")
    assert.ok(main?.runtimeImports.includes("commander"), "the entry point's imports are seen")
    assert.ok(
      files.some((f) => f.path === "src/http/server.ts"),
      "files reached through imports are followed",
    )
    assert.deepEqual(violations(files), [])
  })

  it("sees a test helper or a devDependency that reaches the build", () => {
    const broken = [
      { path: "src/http/server.ts", runtimeImports: ["fastify", "node:fs", "fs", "./admin/index.js"] },
      { path: "src/http/store/products/test-support/test-catalog.ts", runtimeImports: [] },
      { path: "src/sdk-compat/x.test.ts", runtimeImports: [] },
      {
        path: "src/app/app.ts",
        runtimeImports: ["playwright-core", "@medusajs/js-sdk/dist/esm/index.js", "@fastify/cors"],
      },
    ]
    assert.deepEqual(violations(broken), [
      "src/http/store/products/test-support/test-catalog.ts: test code in the build",
      "src/sdk-compat/x.test.ts: test code in the build",
      "src/app/app.ts imports playwright-core, not a dependency",
      "src/app/app.ts imports @medusajs/js-sdk/dist/esm/index.js, not a dependency",
    ])
  })
})
