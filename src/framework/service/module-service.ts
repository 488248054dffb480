import type { Executor } from "../../db/executor.js"
import { invalidData } from "../errors.js"
import { pluralize, type ModelDef } from "../model/index.js"
import type { Schema } from "../query/schema.js"
import { ModelRepository, type CascadedIds, type FindConfig, type Row, type StoredRow } from "./model-repository.js"

/**
 * `moduleService({ SalesChannel })` → a class with Medusa's generated method names:
 * listSalesChannels, listAndCountSalesChannels, retrieveSalesChannel, createSalesChannels,
 * updateSalesChannels, deleteSalesChannels, softDeleteSalesChannels, restoreSalesChannels.
 * Each instance is bound to one executor (the pool, or a transaction's client).
 */

type Plural<S extends string> = S extends `${string}${"ay" | "ey" | "oy" | "uy"}`
  ? `${S}s`
  : S extends `${infer H}y`
    ? `${H}ies`
    : S extends `${string}${"s" | "x" | "ch" | "sh"}`
      ? `${S}es`
      : `${S}s`

export type UpdateSelector = { selector: Row; data: Row }

type RowOf<M> = M extends ModelDef<infer C> ? C : unknown

type MethodsFor<K extends string, R> = {
  [P in `list${Plural<K>}`]: (filters?: Row, config?: FindConfig) => Promise<R[]>
} & {
  [P in `listAndCount${Plural<K>}`]: (filters?: Row, config?: FindConfig) => Promise<[R[], number]>
} & {
  [P in `retrieve${K}`]: (id: string, config?: FindConfig) => Promise<R>
} & {
  [P in `create${Plural<K>}`]: {
    (data: Row[]): Promise<R[]>
    (data: Row): Promise<R>
  }
} & {
  [P in `update${Plural<K>}`]: {
    (id: string, data: Row): Promise<R>
    (data: Row[]): Promise<R[]>
    (selector: UpdateSelector): Promise<R[]>
  }
} & {
  [P in `delete${Plural<K>}`]: (ids: string | string[]) => Promise<void>
} & {
  [P in `softDelete${Plural<K>}`]: (ids: string | string[]) => Promise<CascadedIds>
} & {
  [P in `restore${Plural<K>}`]: (ids: string | string[]) => Promise<CascadedIds>
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never

export type GeneratedMethods<M extends Record<string, ModelDef>> = UnionToIntersection<
  { [K in keyof M & string]: MethodsFor<K, StoredRow<RowOf<M[K]>>> }[keyof M & string]
>

export interface ServiceBase {
  readonly db: Executor
  readonly schema: Schema
  repository<C>(model: ModelDef<C>): ModelRepository<C>
}

const asArray = (ids: string | string[]) => (Array.isArray(ids) ? ids : [ids])

/** A generated service class; `models` are its models, in the order its module's schema adds them. */
export type ModuleServiceClass<S = ServiceBase> = (new (db: Executor, schema: Schema) => S) & {
  readonly models: ModelDef[]
}

export function moduleService<const M extends Record<string, ModelDef>>(models: M) {
  class Service implements ServiceBase {
    static readonly models: ModelDef[] = Object.values(models)
    constructor(
      readonly db: Executor,
      readonly schema: Schema,
    ) {}
    repository<C>(model: ModelDef<C>): ModelRepository<C> {
      return new ModelRepository(model, this.schema, this.db)
    }
  }
  const proto = Service.prototype as unknown as Record<string, unknown>
  for (const [key, model] of Object.entries(models)) {
    const plural = pluralize(key)
    const repo = (self: Service) => self.repository(model)
    proto[`list${plural}`] = function (this: Service, filters?: Row, config?: FindConfig) {
      return repo(this).list(filters, config)
    }
    proto[`listAndCount${plural}`] = function (this: Service, filters?: Row, config?: FindConfig) {
      return repo(this).listAndCount(filters, config)
    }
    proto[`retrieve${key}`] = function (this: Service, id: string, config?: FindConfig) {
      return repo(this).retrieve(id, config)
    }
    proto[`create${plural}`] = async function (this: Service, data: Row | Row[]) {
      const rows = await repo(this).create(Array.isArray(data) ? data : [data])
      return Array.isArray(data) ? rows : rows[0]
    }
    proto[`update${plural}`] = async function (this: Service, a: string | Row | Row[], b?: Row) {
      const r = repo(this)
      if (typeof a === "string") return r.update(a, b ?? {})
      if (Array.isArray(a)) {
        const out: Row[] = []
        for (const { id, ...data } of a) {
          if (typeof id !== "string") throw invalidData(`${key} update needs an id`)
          out.push(await r.update(id, data))
        }
        return out
      }
      return r.updateWhere(a.selector, a.data)
    }
    proto[`delete${plural}`] = function (this: Service, ids: string | string[]) {
      return repo(this).delete(asArray(ids))
    }
    proto[`softDelete${plural}`] = function (this: Service, ids: string | string[]) {
      return repo(this).setDeleted(asArray(ids), true)
    }
    proto[`restore${plural}`] = function (this: Service, ids: string | string[]) {
      return repo(this).setDeleted(asArray(ids), false)
    }
  }
  return Service as unknown as ModuleServiceClass<ServiceBase & GeneratedMethods<M>>
}
