import { parse, type Info } from "csv-parse"
import type { Readable } from "node:stream"

export interface CsvRecord {
  cells: string[]
  /** the line the record starts on (1-based; a quoted field may span lines) */
  line: number
}

/** A parse error that ends the file (an unclosed quote, a record past the size limit). */
export class CsvFatalError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message)
  }
}

const BREAK = /\r\n|\n|\r/g
const LEADING_BREAKS = /^(?:\r\n|\n|\r)+/

// csv-parse's own `lines` miscounts CRLF inside quoted fields; counting the raw text's breaks does not
const breaks = (text: string) => text.match(BREAK)?.length ?? 0

/**
 * The records of a CSV stream, one at a time, with the line each starts on. The input is read
 * chunk by chunk and the next chunk only when the records of the last one were consumed, so
 * memory holds a chunk's records whatever the file's size. Records parsed before a fatal error
 * are all yielded before it is thrown (a stream's own iterator would drop its buffered ones).
 */
export async function* readCsv(
  input: Readable,
  options: { maxRecordSize?: number } = {},
): AsyncGenerator<CsvRecord & { bytes: number }> {
  const queue: CsvRecord[] = []
  let consumedBreaks = 0
  let fatal: Error | undefined
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    raw: true,
    info: true,
    max_record_size: options.maxRecordSize ?? 1_048_576,
    on_record: (record: { record: string[]; raw: string; info: Info } | string[]) => {
      const { record: cells, raw } = record as { record: string[]; raw: string }
      const skipped = breaks(LEADING_BREAKS.exec(raw)?.[0] ?? "")
      queue.push({ cells, line: consumedBreaks + skipped + 1 })
      consumedBreaks += breaks(raw)
      // the record is taken here: nothing is pushed downstream
      return null
    },
  })
  parser.on("error", (e) => (fatal ??= e))
  parser.resume()
  const feed = (chunk: Buffer | string | undefined) =>
    new Promise<void>((resolve) =>
      chunk === undefined ? parser.end(() => resolve()) : parser.write(chunk, () => resolve()),
    )
  const ended = new Promise<void>((resolve) => {
    parser.on("end", resolve)
    parser.on("close", resolve)
  })

  let bytes = 0
  for await (const chunk of input) {
    bytes += (chunk as Buffer).length
    await feed(chunk as Buffer)
    while (queue.length) yield { ...queue.shift()!, bytes }
    if (fatal) break
  }
  if (!fatal) {
    await feed(undefined)
    await ended
  }
  while (queue.length) yield { ...queue.shift()!, bytes }
  if (fatal) {
    const line = (fatal as { lines?: number }).lines
    throw new CsvFatalError(fatal.message, typeof line === "number" ? line : undefined)
  }
}
