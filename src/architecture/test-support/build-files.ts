import { readFileSync } from "node:fs"
import { builtinModules } from "node:module"
import { dirname, join, relative, resolve } from "node:path"
import ts from "typescript"
import { ROOT } from "./source-tree.js"

/**
 * What `npm run build` compiles from src/: the files tsconfig.build.json selects, plus every
 * file they import at run time (tsc emits an imported file even when the config excludes it).
 * Each file is transpiled as tsc would emit it, so an import used only for types, which the
 * emitted JavaScript does not keep, does not count.
 */
export interface BuiltFile {
  path: string
  /** the specifiers of the emitted JavaScript's static and dynamic imports and re-exports */
  runtimeImports: string[]
}

function configuredFiles(): { files: string[]; options: ts.CompilerOptions } {
  const configPath = join(ROOT, "tsconfig.build.json")
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath)
  return { files: parsed.fileNames.map((f) => relative(ROOT, f)), options: parsed.options }
}

const IMPORT =
  /(?:^|[\s;})])(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']|(?:^|[\s;(=])import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm

export function runtimeImports(path: string, options: ts.CompilerOptions): string[] {
  const source = readFileSync(join(ROOT, path), "utf8")
  // ES module output, as the build emits for this "type": "module" package (a lone file would
  // otherwise be taken for CommonJS, and its imports become require calls)
  const compilerOptions = { ...options, module: ts.ModuleKind.ESNext, sourceMap: false }
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: path })
  return [...outputText.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3])
}

export function builtFiles(): BuiltFile[] {
  const { files, options } = configuredFiles()
  const seen = new Map<string, BuiltFile>()
  const queue = [...files]
  while (queue.length) {
    const path = queue.pop()!
    if (seen.has(path)) continue
    const file = { path, runtimeImports: runtimeImports(path, options) }
    seen.set(path, file)
    for (const specifier of file.runtimeImports) {
      if (!specifier.startsWith(".")) continue
      queue.push(relative(ROOT, resolve(dirname(join(ROOT, path)), specifier)).replace(/\.js$/, ".ts"))
    }
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path))
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name` */
export const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/")

export const isBuiltin = (specifier: string) =>
  specifier.startsWith("node:") || builtinModules.includes(packageOf(specifier))
