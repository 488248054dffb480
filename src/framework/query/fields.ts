import { invalidData } from "../errors.js"
import type { Entity, Schema } from "./schema.js"

/** The shape of one level of a Query result: which columns, computed values and relations. */
export interface FieldTree {
  entity: Entity
  columns: Set<string>
  computed: Set<string>
  relations: Map<string, FieldTree>
  /** ordering of this level's rows when it is a nested list */
  order: OrderTerm[]
}

export interface OrderTerm {
  /** a column or computed value of this level, or a path through to-one relations */
  path: string[]
  direction: "ASC" | "DESC"
}

export function emptyTree(entity: Entity): FieldTree {
  return { entity, columns: new Set(), computed: new Set(), relations: new Map(), order: [] }
}

function addStar(tree: FieldTree) {
  for (const [name, def] of Object.entries(tree.entity.columns)) if (!def.hidden) tree.columns.add(name)
  for (const [name, def] of Object.entries(tree.entity.computed)) if (def.inStar) tree.computed.add(name)
}

function child(schema: Schema, tree: FieldTree, relationName: string): FieldTree {
  let sub = tree.relations.get(relationName)
  if (!sub) {
    const relation = tree.entity.relations[relationName]
    sub = emptyTree(schema.get(relation.target))
    tree.relations.set(relationName, sub)
  }
  return sub
}

function unknownField(entity: Entity, path: string): never {
  throw invalidData(`Entity '${entity.name}' does not have property '${path}'`)
}

/**
 * Builds the tree from Medusa-style dotted fields: `name`, `*`, `rel.*`, `rel.col`, `rel` (all
 * of the relation's columns), any depth. Unknown names are refused, naming the field.
 */
export function parseFields(schema: Schema, root: Entity, fields: readonly string[]): FieldTree {
  const tree = emptyTree(root)
  const list = fields.length === 0 ? ["*"] : fields
  for (const field of list) {
    if (typeof field !== "string" || field === "") throw invalidData(`Invalid field '${String(field)}'`)
    const parts = field.split(".")
    let level = tree
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]
      const last = i === parts.length - 1
      if (part === "*" && last) {
        addStar(level)
      } else if (level.entity.relations[part]) {
        level = child(schema, level, part)
        if (last) addStar(level)
      } else if (last && level.entity.columns[part]) {
        if (!level.entity.columns[part].hidden) level.columns.add(part)
      } else if (last && level.entity.computed[part]) {
        level.computed.add(part)
      } else if (level.entity.computed[part] && i === parts.length - 2 && parts[i + 1] === "*") {
        // a computed object or list stands in for a relation: `rel.*` / `*rel` select it whole
        level.computed.add(part)
        break
      } else {
        unknownField(level.entity, parts.slice(0, i + 1).join("."))
      }
    }
  }
  ensureIds(tree)
  return tree
}

function ensureIds(tree: FieldTree) {
  if (tree.entity.columns.id && !tree.entity.columns.id.hidden) tree.columns.add("id")
  for (const sub of tree.relations.values()) ensureIds(sub)
}

function direction(value: unknown, key: string): "ASC" | "DESC" {
  const v = typeof value === "string" ? value.toUpperCase() : value
  if (v === "ASC" || v === 1) return "ASC"
  if (v === "DESC" || v === -1) return "DESC"
  throw invalidData(`Invalid order direction for '${key}': ${JSON.stringify(value)}`)
}

/**
 * Splits `{ "title": "ASC", "variants.title": "DESC" }`: terms on the root come back, terms on a
 * listed relation are attached to that relation's level of the tree (ordering its nested list);
 * a term on a list that is not selected orders nothing and does not add the list to the output.
 * A path through to-one relations stays a root term.
 */
export function parseOrder(schema: Schema, tree: FieldTree, order: Record<string, unknown> | undefined): OrderTerm[] {
  const rootTerms: OrderTerm[] = []
  for (const [key, value] of Object.entries(order ?? {})) {
    const dir = direction(value, key)
    const parts = key.split(".")
    let level = tree
    let start = 0
    let target: OrderTerm[] | undefined = rootTerms
    let viaOne = false
    for (let i = 0; i < parts.length - 1; i++) {
      const relation = level.entity.relations[parts[i]]
      if (!relation) unknownField(level.entity, parts.slice(0, i + 1).join("."))
      if (relation.cardinality === "many") {
        if (viaOne) throw invalidData(`Cannot order by '${key}': a list inside a single relation`)
        const selected: boolean = target !== undefined && level.relations.has(parts[i])
        level = selected ? child(schema, level, parts[i]) : emptyTree(schema.get(relation.target))
        start = i + 1
        target = selected ? level.order : undefined
      } else {
        // a to-one step: the term orders this level by a value of the related row
        level = emptyTree(schema.get(relation.target))
        viaOne = true
      }
    }
    const last = parts[parts.length - 1]
    if (!level.entity.columns[last] && !level.entity.computed[last]) unknownField(level.entity, key)
    // a computed JSON value (a list, an object) has no order in PostgreSQL
    if (level.entity.computed[last]?.type === "json")
      throw invalidData(`Cannot order by '${key}': not a sortable value`)
    target?.push({ path: parts.slice(start), direction: dir })
  }
  return rootTerms
}
