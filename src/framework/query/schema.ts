import { invalidData } from "../errors.js"
import { pluralize, type ColumnDef, type ComputedDef, type ModelDef } from "../model/index.js"

/**
 * What Query can read: entities (module models and link pivot tables) and the relations
 * between them (same-module relations, stored links through pivots, read-only links through a
 * column). Built once at start from the model declarations and the link definitions.
 */

export interface Relation {
  name: string
  cardinality: "one" | "many"
  target: string
  /** target.remoteColumn = source.localColumn, or through a pivot (below) */
  localColumn: string
  remoteColumn: string
  through?: {
    table: string
    /** pivot column holding the source's localColumn value */
    sourceColumn: string
    /** pivot column holding the target's remoteColumn value */
    targetColumn: string
    softDelete: boolean
  }
  /**
   * A link's pivot rows (`sales_channels_link`): the pivot column holding the other side's id.
   * The pair (remoteColumn, pivotPartner) is the pivot's primary key: one row per pair.
   */
  pivotPartner?: string
  searchable: boolean
}

export interface Entity {
  name: string
  table: string
  columns: Record<string, ColumnDef>
  computed: Record<string, ComputedDef>
  relations: Record<string, Relation>
  softDelete: boolean
  searchable: string[]
}

export class Schema {
  private readonly entities = new Map<string, Entity>()
  private readonly aliases = new Map<string, string>()

  addEntity(entity: Entity, aliases: string[] = []): Entity {
    if (this.entities.has(entity.name)) throw new Error(`entity ${entity.name} registered twice`)
    // names looked up here come from requests (`fields`, `order`, filters): maps without a
    // prototype, so `constructor` or `toString` are unknown fields, not Object's methods
    for (const map of ["columns", "computed", "relations"] as const) {
      entity[map] = Object.assign(Object.create(null), entity[map])
    }
    this.entities.set(entity.name, entity)
    for (const alias of [entity.name, ...aliases]) this.aliases.set(alias, entity.name)
    return entity
  }

  addModel(model: ModelDef, aliases: string[] = []): Entity {
    return this.addEntity(entityFromModel(model), [pluralize(model.name), ...model.aliases, ...aliases])
  }

  addAlias(alias: string, entityName: string) {
    this.aliases.set(alias, entityName)
  }

  addRelation(entityName: string, relation: Relation) {
    const entity = this.get(entityName)
    if (entity.relations[relation.name] || entity.columns[relation.name]) {
      throw new Error(`${entityName}.${relation.name} is declared twice`)
    }
    entity.relations[relation.name] = relation
  }

  addComputed(entityName: string, name: string, def: ComputedDef) {
    this.get(entityName).computed[name] = def
  }

  has(name: string): boolean {
    return this.aliases.has(name)
  }

  /** The entity for a name or alias; unknown names are the caller's error (invalid_data). */
  get(nameOrAlias: string): Entity {
    const name = this.aliases.get(nameOrAlias)
    const entity = name ? this.entities.get(name) : undefined
    if (!entity) throw invalidData(`Entity '${nameOrAlias}' does not exist`)
    return entity
  }

  list(): Entity[] {
    return [...this.entities.values()]
  }
}

export function entityFromModel(model: ModelDef): Entity {
  const relations: Record<string, Relation> = {}
  for (const [name, rel] of Object.entries(model.relations)) {
    const target = rel.target()
    if (rel.kind === "hasMany") {
      relations[name] = {
        name,
        cardinality: "many",
        target: target.name,
        localColumn: "id",
        remoteColumn: rel.foreignKey!,
        searchable: rel.searchable,
      }
    } else if (rel.kind === "belongsTo") {
      relations[name] = {
        name,
        cardinality: "one",
        target: target.name,
        localColumn: rel.foreignKey!,
        remoteColumn: "id",
        searchable: rel.searchable,
      }
    } else {
      relations[name] = {
        name,
        cardinality: "many",
        target: target.name,
        localColumn: "id",
        remoteColumn: "id",
        through: {
          table: rel.pivot!.table,
          sourceColumn: rel.pivot!.joinColumn,
          targetColumn: rel.pivot!.inverseJoinColumn,
          softDelete: false,
        },
        searchable: rel.searchable,
      }
    }
  }
  return {
    name: model.name,
    table: model.tableName,
    columns: model.columns,
    computed: { ...model.computed },
    relations,
    softDelete: "deleted_at" in model.columns,
    searchable: Object.entries(model.columns)
      .filter(([, c]) => c.searchable)
      .map(([n]) => n),
  }
}
