import { createReadStream, statSync } from "node:fs"
import { formatLines } from "../../workflows/import/build-product.js"
import { importProductsCsv, type ImportSummary } from "../../workflows/import/import-products.js"
import { createProgress } from "../progress.js"
import { openCliApp, type Output } from "../open-app.js"

export interface ImportCommandOptions {
  batchSize: number
  dryRun: boolean
}

/**
 * `salesgraph import <file>`: the summary on stdout, every rejected row on stderr; exit code 1
 * when anything was rejected or the file could not be read to its end.
 */
export async function importCommand(
  file: string,
  options: ImportCommandOptions,
  output: Output = process,
): Promise<number> {
  let size: number
  try {
    size = statSync(file).size
  } catch (e) {
    output.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`)
    return 1
  }
  const app = await openCliApp()
  try {
    const progress = createProgress({ label: "import", unit: "rows", stream: output.stderr, percentOnly: true })
    const detail = (s: ImportSummary) =>
      `${s.rows} rows, ${s.products.created + s.products.updated + s.products.unchanged} products imported, ${s.rowsRejected} rows rejected`
    progress.start(size)
    const summary = await importProductsCsv(app.container, createReadStream(file), {
      batchSize: options.batchSize,
      dryRun: options.dryRun,
      // the bar follows the bytes read (the file's size is known, its row count is not)
      onProgress: (bytes, s) => progress.update(bytes, detail(s), s.rows),
    })
    progress.update(size, detail(summary), summary.rows)
    progress.stop()
    const report = importReport(file, summary)
    if (report.rejected) output.stderr.write(report.rejected)
    output.stdout.write(report.summary)
    return summary.fatal || summary.rowsRejected > 0 ? 1 : 0
  } finally {
    await app.close()
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

export function importReport(file: string, s: ImportSummary): { summary: string; rejected: string } {
  const rejected: string[] = []
  // batches report after the rows read past them: the list is put back in file order
  const ordered = [...s.rejections].sort((a, b) => Math.min(...a.lines) - Math.min(...b.lines))
  for (const r of ordered) {
    if (r.handle) {
      rejected.push(`product "${r.handle}" (${formatLines(r.lines)}) not imported:`)
      for (const p of r.problems) rejected.push(`  ${formatLines(p.lines)}: ${p.reason}`)
    } else {
      for (const p of r.problems) rejected.push(`${formatLines(p.lines)}: ${p.reason}`)
    }
  }
  if (s.rejectionsNotKept) rejected.push(`… and ${s.rejectionsNotKept} more rejections not listed`)
  if (s.fatal)
    rejected.push(
      `${s.fatal.line ? `line ${s.fatal.line}: ` : ""}${s.fatal.message}${s.rows ? "; the file was not read further" : ""}`,
    )

  const p = s.products
  const lines = [
    `${s.dryRun ? "Dry run (nothing written): " : ""}${file}: ${plural(s.rows, "row")} read, ${s.rowsImported} imported, ${s.rowsRejected} rejected.`,
    `products: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.rejected} rejected`,
    `variants: ${s.variants.created} created, ${s.variants.updated} updated; inventory levels set: ${s.levels}`,
  ]
  if (s.rowsRejected || s.fatal)
    lines.push("The rejected rows are listed on stderr; fix them and run the import again (it is safe to re-run).")
  else if (p.created + p.updated === 0 && s.levels === 0 && s.rows > 0)
    lines.push("Nothing changed: the catalogue already matches the file.")
  return { summary: lines.join("\n") + "\n", rejected: rejected.length ? rejected.join("\n") + "\n" : "" }
}
