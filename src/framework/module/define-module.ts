import type { Executor } from "../../db/executor.js"
import type { Migration } from "../../db/migrate.js"
import type { ModelDef } from "../model/index.js"
import { Schema } from "../query/schema.js"
import type { ModuleServiceClass } from "../service/index.js"

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

/** The module's models are its service's (`moduleService({ … })` declares them once, in schema order). */
export function defineModule<S>(def: {
  name: string
  migrations: Migration[]
  service: ModuleServiceClass<S>
}): ModuleDef<S> {
  const models = def.service.models
  const schema = new Schema()
  for (const model of models) schema.addModel(model)
  return { name: def.name, models, migrations: def.migrations, service: def.service, schema }
}
