import { createHash } from "node:crypto"
import pg from "pg"
import { inlineLiterals } from "./inline-literals.js"
import { usePlanMode } from "./plan-mode.js"

/**
 * A statement that compiles to text and parameters. The framework's `sql` fragments are one;
 * the database layer sits below the framework, so it names only this shape.
 */
export interface Statement {
  compile(): { text: string; values: unknown[] }
}

export interface QueryOptions {
  /** a named prepared statement, kept by each connection */
  prepare?: boolean
  /** with `prepare`: planned once per connection, whatever its values (plan-mode.ts); inside a transaction every statement is */
  generic?: boolean
}

/** Something that runs SQL: the pool, or one client inside a transaction. */
export interface Executor {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped rows until services infer row types from the model (issue 12)
  query<R = Record<string, any>>(statement: Statement, options?: QueryOptions): Promise<R[]>
  readonly inTransaction: boolean
  /**
   * Inside a transaction: `statement` is the transaction's last one, sent with its COMMIT in
   * one round trip (parameters inlined as literals, see inline-literals.ts; its rows are not
   * read). A failure rolls everything back as a failing statement would.
   */
  runWithCommit?(statement: Statement): void
}

// Named prepared statements are kept per connection by pg; only a bounded number of distinct
// statement texts get a name, so arbitrary admin filters cannot grow the server's memory.
const MAX_NAMED = 2000
const names = new Map<string, string>()
// The name found for a statement object, so a statement reused as is (the Query's compiled
// statement cache) is named once rather than looked up by its text on every run.
const namedStatements = new WeakMap<Statement, string>()

function statementName(text: string): string | undefined {
  const known = names.get(text)
  if (known || names.size >= MAX_NAMED) return known
  const name = "sg_" + createHash("sha1").update(text).digest("base64url").slice(0, 20)
  names.set(text, name)
  return name
}

function nameOf(statement: Statement, text: string): string | undefined {
  const known = namedStatements.get(statement)
  if (known) return known
  const name = statementName(text)
  // no name while the table is full: not remembered, so a later run finds the same answer
  if (name) namedStatements.set(statement, name)
  return name
}

export class PgExecutor implements Executor {
  constructor(
    private readonly client: pg.Pool | pg.PoolClient,
    readonly inTransaction: boolean,
  ) {}

  async query<R>(statement: Statement, options: QueryOptions = {}): Promise<R[]> {
    const { text, values } = statement.compile()
    const name = options.prepare ? nameOf(statement, text) : undefined
    if (this.inTransaction || !name) return (await this.client.query({ text, values, name })).rows as R[]
    // a named statement outside a transaction: on a connection in the plan mode it wants
    const client = await (this.client as pg.Pool).connect()
    let failed: Error | undefined
    try {
      await usePlanMode(client, options.generic ? "generic" : "auto")
      return (await client.query({ text, values, name })).rows as R[]
    } catch (error) {
      // the database refused the statement: the connection (and its plans) stays good
      if (!(error instanceof pg.DatabaseError)) failed = error as Error
      throw error
    } finally {
      client.release(failed) // a connection that failed otherwise is dropped, as pool.query drops it
    }
  }

  /** The text sent before COMMIT, in the same round trip (see `Executor.runWithCommit`). */
  beforeCommit?: string

  runWithCommit(statement: Statement): void {
    if (!this.inTransaction) throw new Error("runWithCommit outside a transaction")
    this.beforeCommit = inlineLiterals(statement.compile())
  }
}
