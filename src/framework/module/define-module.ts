import type { Executor } from "../../db/executor.js"
import type { Migration } from "../../db/migrate.js"
import type { ModelDef } from "../model/index.js"
import { Schema } from "../query/schema.js"

/**
 * A module: its models, its service (bound to an executor per use), its migrations.
 * It knows only itself: its Query schema holds its own models and nothing else.
 */
export interface ModuleDef<S = unknown> {
  name: string
  models: ModelDef[]
  migrations: Migration[]
  service: new (db: Executor, schema: Schema) => S
  /** the module's own schema (same-module relations only) */
  schema: Schema
}

export function defineModule<S>(def: Omit<ModuleDef<S>, "schema">): ModuleDef<S> {
  const schema = new Schema()
  for (const model of def.models) schema.addModel(model)
  return { ...def, schema }
}
