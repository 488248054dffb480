const UNITS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800,
}

/**
 * A lifetime as JWT_EXPIRES_IN takes it (jose's and Medusa's "1d", "10h", "30 min"; a bare
 * number is seconds), in milliseconds; undefined when it is none.
 */
export function durationMs(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  if (!m) return undefined
  const unit = m[2] ? UNITS[m[2].toLowerCase()] : 1
  const ms = unit === undefined ? NaN : Number(m[1]) * unit * 1000
  return Number.isFinite(ms) && ms > 0 ? ms : undefined
}
