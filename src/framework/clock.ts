/**
 * The time that rules depending on "now" are evaluated at (a channel listing's window, the
 * store cache's expiry at the next window boundary). Tests move it with `clock.set` to stand
 * one millisecond on either side of an edge; production never sets it.
 */
let override: (() => number) | undefined

export const clock = {
  now: (): Date => new Date(override ? override() : Date.now()),
  /** `undefined` returns to the real time */
  set(source: (() => number) | undefined) {
    override = source
  },
}
