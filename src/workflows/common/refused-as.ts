import { ErrorType, SalesgraphError } from "../../framework/errors.js"

/**
 * Runs `write`, a statement that checks its own references (a link create writes nothing unless
 * every record exists), so that no read runs before it. When it refuses a missing record,
 * `check` (the reads that used to run first) throws the refusal worded as before, or the
 * write's refusal stands.
 */
export async function refusedAs(check: () => Promise<void>, write: () => Promise<unknown>): Promise<void> {
  try {
    await write()
  } catch (error) {
    if (!(error instanceof SalesgraphError) || error.type !== ErrorType.NOT_FOUND) throw error
    await check()
    throw error
  }
}
