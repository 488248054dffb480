import cliProgress from "cli-progress"

/** What a long command shows while it works: counts, rate and a detail line. */
export interface Progress {
  start(total: number): void
  /**
   * The current value (of `total`) and counts worth showing next to it; the rate is of
   * `rated` (by default the value), e.g. rows per second while the value counts bytes.
   */
  update(value: number, detail: string, rated?: number): void
  stop(): void
}

export interface ProgressOptions {
  /** what the value counts ("records"); with percentOnly, what the rate counts */
  unit: string
  /** the command's name, at the start of plain lines */
  label: string
  stream?: NodeJS.WriteStream
  /** how often a plain line is written when the stream is no terminal */
  intervalMs?: number
  /** show the value as a percentage only (for byte counts, which say little on their own) */
  percentOnly?: boolean
}

const rate = (value: number, startedAt: number) => {
  const seconds = (performance.now() - startedAt) / 1000
  return seconds > 0 ? Math.round(value / seconds) : 0
}

/**
 * A cli-progress bar on a terminal; elsewhere (CI logs, pipes, tests) a plain line every
 * `intervalMs` and one at the end, because a redrawn bar turns into noise in a log file.
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr
  return stream.isTTY ? terminalBar(options, stream) : plainLines(options, stream)
}

function terminalBar(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const counter = options.percentOnly ? "{percentage}%" : `{value}/{total} ${options.unit}`
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${options.label} {bar} ${counter} | {detail} | {rate} ${options.unit}/s | {duration_formatted}`,
      hideCursor: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  )
  let startedAt = performance.now()
  return {
    start(total) {
      startedAt = performance.now()
      bar.start(Math.max(total, 1), 0, { detail: "", rate: 0 })
    },
    update(value, detail, rated = value) {
      bar.update(value, { detail, rate: rate(rated, startedAt) })
    },
    stop() {
      bar.stop()
    },
  }
}

function plainLines(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const interval = options.intervalMs ?? 2000
  let startedAt = performance.now()
  let lastWrite = 0
  let total = 0
  let last = { value: 0, detail: "", rated: 0 }
  let written = ""
  const state = () => {
    const counter = options.percentOnly
      ? `${total ? Math.floor((100 * last.value) / total) : 100}%`
      : `${last.value}/${total} ${options.unit}`
    return `${counter}, ${last.detail}`
  }
  const write = () => {
    written = state()
    stream.write(`${options.label}: ${written} (${rate(last.rated, startedAt)} ${options.unit}/s)\n`)
    lastWrite = performance.now()
  }
  return {
    start(t) {
      total = t
      startedAt = performance.now()
      lastWrite = startedAt
    },
    update(value, detail, rated = value) {
      last = { value, detail, rated }
      if (performance.now() - lastWrite >= interval) write()
    },
    stop() {
      // the final state, unless the last periodic line already showed it
      if (state() !== written) write()
    },
  }
}
