import type { App } from "../../../app/app.js"
import { clock } from "../../../framework/clock.js"
import { nextListingBoundary } from "../../../links/listing/next-boundary.js"
import type { ResponseCache } from "./response-cache.js"

/**
 * Channel listing windows for the store cache: the entries of one generation are right until
 * the next window boundary (a product launching or being withdrawn), so the cache is cleared
 * when the clock reaches it. The boundary is learned before the first entry of a generation is
 * computed (a boundary passing during that computation expires it at once, never late) and
 * forgotten with every clear (a listing change is an event, which clears the cache).
 */
export function windowExpiry(app: App, cache: ResponseCache) {
  let expiresAt = Infinity
  let knownFor = -1

  return {
    /** Before any read of the cache. */
    check() {
      if (knownFor === cache.generation && clock.now().getTime() >= expiresAt) cache.clear()
    },
    /** Before computing a response to store. */
    async prepare() {
      if (knownFor === cache.generation) return
      const generation = cache.generation
      const boundary = await nextListingBoundary(app.container.db, clock.now())
      if (generation !== cache.generation) return
      expiresAt = boundary
      knownFor = generation
    },
  }
}
