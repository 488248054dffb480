/**
 * Polls `read` until `ok` holds, for what a test cannot be told about (a NOTIFY reaching another
 * process, an outbox delivery): the bound is generous (a loaded machine is slow, not wrong) and
 * a failure says what was last seen.
 */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 60_000,
  everyMs = 25,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
