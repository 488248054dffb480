import type { Executor } from "../../db/executor.js"
import type { GraphInput } from "./compile.js"
import { compileGraphCached } from "./compile-cache.js"
import { CountCache } from "./count-cache.js"
import type { Schema } from "./schema.js"

export interface GraphResult<T> {
  data: T[]
  /** present when `pagination.skip` is given, as Medusa's Query does */
  metadata?: { count: number; skip: number; take: number | undefined }
}

/** Query: cross-module reads, each call one SQL statement (docs/medusa-contract.md §3). */
export class Query {
  constructor(
    readonly schema: Schema,
    private readonly db: Executor,
    /** remembered counts; only for reads outside a transaction (a transaction sees its own writes) */
    private readonly counts?: CountCache,
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped rows until services infer row types from the model (issue 12)
  async graph<T = Record<string, any>>(input: GraphInput): Promise<GraphResult<T>> {
    const withCount = input.pagination?.skip !== undefined
    const { json, count } = await this.graphJson(input, { count: withCount })
    const data = JSON.parse(json) as T[]
    if (!withCount) return { data }
    return { data, metadata: { count: count!, skip: input.pagination!.skip!, take: input.pagination?.take } }
  }

  /** The page as PostgreSQL wrote it (JSON text), for callers that pass it on unparsed. */
  async graphJson(input: GraphInput, options: { count: boolean }): Promise<{ json: string; count: number | null }> {
    const key = options.count && this.counts ? CountCache.keyOf(input) : undefined
    const known = key !== undefined ? this.counts!.get(key) : undefined
    if (known !== undefined) {
      const [row] = await this.run(input, false)
      return { json: row.data, count: known }
    }
    const generation = this.counts?.generation ?? 0
    const [row] = await this.run(input, options.count)
    if (key !== undefined && row.count !== null) this.counts!.set(key, row.count, generation)
    return { json: row.data, count: row.count }
  }

  private run(input: GraphInput, count: boolean) {
    const statement = compileGraphCached(this.schema, input, { count })
    // one row by its id: the same plan whatever the id (db/plan-mode.ts)
    const generic = typeof input.filters?.id === "string"
    return this.db.query<{ count: number | null; data: string }>(statement, { prepare: true, generic })
  }
}
