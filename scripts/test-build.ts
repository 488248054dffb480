/**
 * `npm test` runs the tests compiled: src/ and test/ are transpiled once (esbuild, as tsx would
 * per process) into a mirror of the checkout, and every test process loads plain JS. Through
 * tsx's loader each of the ~140 test processes (and each salesgraph child they spawn) spent about
 * a third of its CPU in the loader's hooks.
 *
 * The mirror, .salesgraph-test-build/<pid>/, holds copies of src/ and test/ with a .js beside
 * every .ts (so paths relative to a file, and the architecture tests' reading of the sources, stay
 * as in the checkout) and links to every other top-level entry (node_modules, dist, dashboard…).
 */
import { build } from "esbuild"
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs"
import { join, relative } from "node:path"
import { isAlive } from "../src/db/embedded/lock.js"

const BUILDS = ".salesgraph-test-build"
const COMPILED = ["src", "test"]

/** .ts sources under `dir` (declarations left out), as paths. */
function tsSources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) tsSources(path, out)
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path)
  }
  return out
}

/** Removes mirrors whose `npm test` is gone (killed before its own clean-up). */
function removeOrphans(root: string) {
  const builds = join(root, BUILDS)
  if (!existsSync(builds)) return
  for (const name of readdirSync(builds))
    if (!isAlive(Number(name))) rmSync(join(builds, name), { recursive: true, force: true })
}

/** Builds this run's mirror of `root`; returns its directory and how to remove it. */
export async function buildTestMirror(root: string): Promise<{ dir: string; remove: () => void }> {
  removeOrphans(root)
  const dir = join(root, BUILDS, String(process.pid))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const name of readdirSync(root)) {
    if (name === ".git" || name.startsWith(".salesgraph")) continue
    if (COMPILED.includes(name))
      cpSync(join(root, name), join(dir, name), { recursive: true, preserveTimestamps: true })
    else symlinkSync(join(root, name), join(dir, name))
  }
  const sources = COMPILED.filter((name) => existsSync(join(dir, name))).flatMap((name) => tsSources(join(dir, name)))
  await build({
    entryPoints: sources,
    outdir: dir,
    outbase: dir,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "inline",
    logLevel: "warning",
  })
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A test file of the checkout (`src/x.test.ts`) as the mirror's compiled file. */
export const compiledPath = (root: string, dir: string, file: string) =>
  join(dir, relative(root, file)).replace(/\.ts$/, ".js")
