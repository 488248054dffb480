import { z } from "zod"
import { SalesgraphError } from "../../framework/errors.js"
import { formatZodError } from "./zod-errors.js"

/** Parses or throws invalid_data with Medusa's message. */
export function validate<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true })
  if (!result.success) throw new SalesgraphError("invalid_data", formatZodError(result.error))
  return result.data
}

/**
 * Fastify validator compiler for zod schemas: errors carry the input so messages can show
 * `got: '<value>'` as Medusa's do.
 */
export function zodValidatorCompiler({ schema }: { schema: unknown }) {
  const zodSchema = schema as z.ZodType
  return (data: unknown) => {
    const result = zodSchema.safeParse(data, { reportInput: true })
    if (result.success) return { value: result.data }
    return { error: new SalesgraphError("invalid_data", formatZodError(result.error)) }
  }
}
