import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

/** The checkout root and its src/. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url))
export const SRC = join(ROOT, "src")

/** Test code: `*.test.ts` files and anything under a `test-support/` folder. */
export const isTestCode = (path: string) => path.endsWith(".test.ts") || path.split("/").includes("test-support")

/** Every .ts file under `dir`, as paths relative to the checkout (`src/db/pool.ts`). */
export function tsFiles(dir = SRC): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...tsFiles(path))
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(relative(ROOT, path))
  }
  return out.sort()
}

/** The production sources: src/ without its test code. */
export const productionFiles = () => tsFiles().filter((f) => !isTestCode(f))

export interface SourceImport {
  /** as written: `../db/pool.js`, `pg` */
  specifier: string
  /** a relative import's file, relative to the checkout (`src/db/pool.ts`); undefined for packages */
  target?: string
  line: number
}

export function parse(path: string, text = readFileSync(join(ROOT, path), "utf8")): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
}

/** Static imports, re-exports and dynamic `import("…")` of a file, type-only ones included. */
export function importsOf(source: ts.SourceFile): SourceImport[] {
  const out: SourceImport[] = []
  const add = (node: ts.Node, literal: ts.Expression | undefined) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return
    const specifier = literal.text
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
    const target = specifier.startsWith(".")
      ? relative(ROOT, resolve(dirname(join(ROOT, source.fileName)), specifier)).replace(/\.js$/, ".ts")
      : undefined
    out.push({ specifier, target, line })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node, node.arguments[0])
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

export interface SqlText {
  text: string
  line: number
  /** in a sql`…` template or a raw("…") argument: known to be SQL, so keywords may be any case */
  tagged: boolean
}

/**
 * The string and template literals of a file, with substitutions replaced by `$n`, so the
 * text around them can be searched as the SQL it becomes.
 */
export function stringsOf(source: ts.SourceFile): SqlText[] {
  const out: SqlText[] = []
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
  const isSqlContext = (node: ts.Node) => {
    const parent = node.parent
    if (ts.isTaggedTemplateExpression(parent)) return parent.tag.getText(source) === "sql"
    return ts.isCallExpression(parent) && parent.expression.getText(source) === "raw"
  }
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      out.push({ text: node.text, line: line(node), tagged: isSqlContext(node) })
    } else if (ts.isTemplateExpression(node)) {
      const text = node.head.text + node.templateSpans.map((s, i) => `$${i + 1}` + s.literal.text).join("")
      out.push({ text, line: line(node), tagged: isSqlContext(node) })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}
