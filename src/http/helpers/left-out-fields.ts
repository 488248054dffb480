import { AsyncLocalStorage } from "node:async_hooks"
import type { FastifyBaseLogger, FastifyInstance } from "fastify"

interface RequestFields {
  route: string
  method: string
  log: FastifyBaseLogger
}

const current = new AsyncLocalStorage<RequestFields>()

/**
 * Keeps each request's route and logger where `supportedFields` can reach them, so a field left
 * out of an answer is logged with the route that left it out (the next gap Medusa's dashboard
 * finds shows in the log). The hook runs the rest of the request inside the store.
 */
export function trackLeftOutFields(server: FastifyInstance) {
  server.addHook("onRequest", (request, _reply, done) => {
    current.run({ route: request.routeOptions.url ?? request.url, method: request.method, log: request.log }, done)
  })
}

/** Logs at debug level the fields an answer left out because no model can answer them. */
export function reportLeftOutFields(entity: string, leftOut: readonly string[]) {
  const request = current.getStore()
  if (!request || leftOut.length === 0) return
  request.log.debug(
    { route: `${request.method} ${request.route}`, entity, left_out: leftOut },
    "fields left out: no model answers them",
  )
}
