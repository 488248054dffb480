import { z } from "zod"

/**
 * Path parameters as zod schemas, so routes read them typed (`schema: { params: IdParams }`).
 * The router gives strings; these schemas never refuse one.
 */
export function pathParams<K extends string>(...names: K[]) {
  return z.object(Object.fromEntries(names.map((name) => [name, z.string()])) as { [P in K]: z.ZodString })
}

/** `/:id` */
export const IdParams = pathParams("id")
