import type { Readable } from "node:stream"
import type { Container } from "../../app/container.js"
import { isSalesgraphError } from "../../framework/errors.js"
import { readBatchState } from "./batch-state.js"
import { buildProduct, type Problem, type ProductSpec } from "./build-product.js"
import { parseHeader, type Header } from "./columns.js"
import { parseRow, type ImportRow } from "./parse-row.js"
import { planProduct, type ProductPlan } from "./plan-product.js"
import { CsvFatalError, readCsv } from "./read-csv.js"
import { loadReferences } from "./references.js"
import { writePlans } from "./write-plans.js"

/** Rows that were not imported: a product's rows (with `handle`), or one row without a handle. */
export interface Rejection {
  handle?: string
  lines: number[]
  problems: Problem[]
}

export interface ImportSummary {
  dryRun: boolean
  rows: number
  rowsImported: number
  rowsRejected: number
  products: { created: number; updated: number; unchanged: number; rejected: number }
  variants: { created: number; updated: number }
  /** inventory levels created or changed */
  levels: number
  /** the first MAX_KEPT rejections, in file order */
  rejections: Rejection[]
  rejectionsNotKept: number
  /** why the file could not be read (to its end, or at all) */
  fatal?: { line?: number; message: string }
}

export interface ImportOptions {
  /** products written per transaction */
  batchSize?: number
  /** check everything, write nothing (each batch is written, then rolled back) */
  dryRun?: boolean
  /** after each record: the bytes read so far and the counts */
  onProgress?: (bytes: number, summary: ImportSummary) => void
}

const MAX_KEPT = 10_000

interface Group {
  handle: string
  lines: number[]
  rows: ImportRow[]
  problems: Problem[]
}

class DryRunRollback extends Error {
  constructor(readonly result: BatchResult) {
    super("dry run")
  }
}

interface BatchResult {
  plans: ProductPlan[]
  rejected: { spec: ProductSpec; problems: Problem[] }[]
}

/** Errors that concern one product's data (refused by a workflow or a constraint), not the import. */
function isProductError(e: unknown): boolean {
  if (isSalesgraphError(e)) return true
  const code = (e as { code?: unknown }).code
  return typeof code === "string" && (code.startsWith("22") || code.startsWith("23"))
}

function describe(e: unknown): string {
  const { message, detail } = e as { message?: string; detail?: string }
  return detail ? `${message} (${detail})` : String(message ?? e)
}

/**
 * `salesgraph import`: streams a product CSV (see columns.ts) into the catalogue. Rows are read
 * one at a time, grouped into products, checked on their own and against the database, and
 * written in batches through the product and inventory workflows. A problem rejects its product
 * only; a batch a workflow refuses is retried product by product, so one bad product never
 * takes the others of its batch down.
 */
export async function importProductsCsv(
  c: Container,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const refs = await loadReferences(c)
  const batchSize = options.batchSize ?? 100
  const dryRun = options.dryRun ?? false
  const summary: ImportSummary = {
    dryRun,
    rows: 0,
    rowsImported: 0,
    rowsRejected: 0,
    products: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    variants: { created: 0, updated: 0 },
    levels: 0,
    rejections: [],
    rejectionsNotKept: 0,
  }
  const firstLineOf = new Map<string, number>()
  let header: Header | undefined
  let group: Group | undefined
  let batch: ProductSpec[] = []

  const reject = (rejection: Rejection) => {
    summary.rowsRejected += new Set(rejection.lines).size
    if (rejection.handle) summary.products.rejected++
    if (summary.rejections.length < MAX_KEPT) summary.rejections.push(rejection)
    else summary.rejectionsNotKept++
  }

  const record = (result: BatchResult) => {
    for (const plan of result.plans) {
      summary.products[plan.outcome]++
      summary.variants.created += plan.variantsCreated
      summary.variants.updated += plan.variantsUpdated
      summary.levels += plan.stock.length
      summary.rowsImported += plan.spec.lines.length
    }
    for (const { spec, problems } of result.rejected) reject({ handle: spec.handle, lines: spec.lines, problems })
  }

  const runBatch = async (specs: ProductSpec[]): Promise<BatchResult> => {
    try {
      return await c.transaction(async (tx) => {
        const state = await readBatchState(tx, specs)
        const result: BatchResult = { plans: [], rejected: [] }
        for (const spec of specs) {
          const { plan, problems } = planProduct(spec, state, refs)
          if (plan) result.plans.push(plan)
          else result.rejected.push({ spec, problems })
        }
        await writePlans(tx, result.plans)
        if (dryRun) throw new DryRunRollback(result)
        return result
      })
    } catch (e) {
      if (e instanceof DryRunRollback) return e.result
      throw e
    }
  }

  const flush = async () => {
    const specs = batch
    batch = []
    if (specs.length === 0) return
    // a SKU on two products of one batch: the later product is refused before anything is written
    const claimed = new Map<string, { handle: string; line: number }>()
    const ok: ProductSpec[] = []
    for (const spec of specs) {
      const clashes = spec.variants.filter((v) => claimed.has(v.sku))
      if (clashes.length) {
        reject({
          handle: spec.handle,
          lines: spec.lines,
          problems: clashes.map((v) => ({
            lines: [v.line],
            reason: `sku "${v.sku}" is also on line ${claimed.get(v.sku)!.line} (product "${claimed.get(v.sku)!.handle}")`,
          })),
        })
        continue
      }
      for (const v of spec.variants) claimed.set(v.sku, { handle: spec.handle, line: v.line })
      ok.push(spec)
    }
    if (ok.length === 0) return
    try {
      record(await runBatch(ok))
    } catch (e) {
      if (!isProductError(e)) throw e
      if (ok.length === 1)
        return reject({
          handle: ok[0].handle,
          lines: ok[0].lines,
          problems: [{ lines: ok[0].lines, reason: describe(e) }],
        })
      for (const spec of ok) {
        try {
          record(await runBatch([spec]))
        } catch (one) {
          if (!isProductError(one)) throw one
          reject({ handle: spec.handle, lines: spec.lines, problems: [{ lines: spec.lines, reason: describe(one) }] })
        }
      }
    }
  }

  const closeGroup = async () => {
    const g = group
    group = undefined
    if (!g) return
    const first = firstLineOf.get(g.handle)
    if (first !== undefined) {
      const reason = `the rows of product "${g.handle}" must be consecutive: it already had rows from line ${first}`
      return reject({ handle: g.handle, lines: g.lines, problems: [{ lines: g.lines, reason }] })
    }
    firstLineOf.set(g.handle, g.lines[0])
    if (g.problems.length) return reject({ handle: g.handle, lines: g.lines, problems: g.problems })
    const { product, problems } = buildProduct(g.rows)
    if (!product) return reject({ handle: g.handle, lines: g.lines, problems })
    batch.push(product)
    if (batch.length >= batchSize) await flush()
  }

  try {
    for await (const rec of readCsv(input)) {
      if (!header) {
        const parsed = parseHeader(rec.cells, refs.currencies)
        if (!parsed.header) {
          summary.fatal = { line: rec.line, message: `the header cannot be used: ${parsed.problems.join("; ")}` }
          return summary
        }
        header = parsed.header
        continue
      }
      summary.rows++
      const parsed = parseRow(header, rec.cells, rec.line)
      if (!parsed.handle) {
        // a row without a handle belongs to no product: refused alone, the product around it goes on
        reject({ lines: [rec.line], problems: parsed.problems.map((reason) => ({ lines: [rec.line], reason })) })
      } else {
        if (group && group.handle !== parsed.handle) await closeGroup()
        group ??= { handle: parsed.handle, lines: [], rows: [], problems: [] }
        group.lines.push(rec.line)
        if (parsed.row) group.rows.push(parsed.row)
        group.problems.push(...parsed.problems.map((reason) => ({ lines: [rec.line], reason })))
      }
      options.onProgress?.(rec.bytes, summary)
    }
    if (!header) summary.fatal = { message: "the file is empty: it needs a header row" }
  } catch (e) {
    if (!(e instanceof CsvFatalError)) throw e
    summary.fatal = { line: e.line, message: e.message }
    // the product being read when the file broke may lack rows: it is not imported
    if (group) {
      const lines = group.lines
      reject({
        handle: group.handle,
        lines,
        problems: [{ lines, reason: "the file could not be read past these rows, so the product may be incomplete" }],
      })
      group = undefined
    }
  }
  await closeGroup()
  await flush()
  return summary
}
