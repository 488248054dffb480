import type { SourceImport, SqlText } from "./source-tree.js"
import { isTestCode } from "./source-tree.js"

/** The layers, top to bottom: each imports only itself and those below it. */
export const LAYERS = ["cli", "http", "workflows", "app", "links", "modules", "framework", "db"] as const

const segments = (path: string) => path.split("/")
export const layerOf = (path: string) => {
  const [root, layer] = segments(path)
  return root === "src" && (LAYERS as readonly string[]).includes(layer) ? layer : undefined
}
/** `src/modules/<folder>/…` → folder */
export const moduleOf = (path: string) => (layerOf(path) === "modules" ? segments(path)[2] : undefined)

/**
 * The import rules for production files: every file sits in a layer; it imports no test code,
 * nothing from a layer above its own, and (in a module) nothing from a sibling module.
 */
export function importViolations(files: { path: string; imports: SourceImport[] }[]): string[] {
  const out: string[] = []
  for (const { path, imports } of files) {
    const layer = layerOf(path)
    if (!layer) {
      out.push(
        `${path}: production code outside the layers (${LAYERS.join(", ")}); test helpers go in a test-support/ folder`,
      )
      continue
    }
    for (const imp of imports) {
      if (!imp.target) continue
      const where = `${path}:${imp.line} imports ${imp.specifier}`
      if (isTestCode(imp.target)) {
        out.push(`${where}: test code`)
        continue
      }
      const targetLayer = layerOf(imp.target)
      if (!targetLayer) continue
      if (LAYERS.indexOf(targetLayer as never) < LAYERS.indexOf(layer as never)) {
        out.push(`${where}: up the layers (${layer} → ${targetLayer})`)
      }
      const [from, to] = [moduleOf(path), moduleOf(imp.target)]
      if (from && to && from !== to) out.push(`${where}: module ${from} imports its sibling ${to}`)
    }
  }
  return out
}

const TABLE_AFTER = /\b(?:FROM|JOIN|UPDATE|INTO)\s+(?:ONLY\s+)?"?([A-Za-z_][A-Za-z0-9_]*)"?/g

/** The table names a piece of SQL reads or writes (FROM, JOIN, UPDATE, INSERT INTO, DELETE FROM). */
export function tablesNamed(sql: SqlText): string[] {
  const pattern = new RegExp(TABLE_AFTER.source, sql.tagged ? "gi" : "g")
  return [...sql.text.matchAll(pattern)].map((m) => m[1])
}

/**
 * Module tables belong to their module: SQL naming one is allowed in that module's folder and
 * in src/links/ (links and values computed across them join modules' tables by design).
 * `owners` maps each table to its module folder, or to "links" for a link table.
 */
export function tableViolations(files: { path: string; strings: SqlText[] }[], owners: Map<string, string>): string[] {
  const out: string[] = []
  for (const { path, strings } of files) {
    if (layerOf(path) === "links") continue
    for (const s of strings) {
      for (const table of tablesNamed(s)) {
        const owner = owners.get(table)
        if (owner === undefined || owner === moduleOf(path)) continue
        const whose = owner === "links" ? "a link table" : `a table of the ${owner} module`
        out.push(`${path}:${s.line}: SQL names ${table}, ${whose}`)
      }
    }
  }
  return out
}
