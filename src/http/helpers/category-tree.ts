import type { Container } from "../../app/container.js"
import type { ListRead } from "./list-route.js"

/**
 * `include_descendants_tree` / `include_ancestors_tree` of GET /admin|store/product-categories(/:id),
 * as Medusa's category repository builds them: the tree's members are the categories that pass
 * the request's filters (all but id, handle, mpath and parent_category_id: on the store, only
 * active, public ones) and lie under a listed category or above it. Descendants: every level gets
 * its filtered `category_children`, deepest `[]` (below the first level, no `parent_category`).
 * Ancestors: `parent_category` runs up to the root (`null` there); a parent that fails the
 * filters ends the chain and takes `parent_category_id` with it. With both, the levels below
 * the first lose their own children, as in Medusa. Roots and children are ordered by rank.
 */

type Category = Record<string, unknown> & {
  id: string
  mpath?: string
  parent_category_id?: string | null
  rank?: number
}

export interface TreeRequest {
  descendants: boolean
  ancestors: boolean
  /** the request's filters (fixed ones included) */
  filters: Record<string, unknown>
  /** the Query fields the records were read with */
  fields: string[]
  /**
   * ancestors only, with `category_children` read: each parent in the chain shows its own
   * children one level deep, as Medusa's populated relation does (the admin's; on the store
   * Medusa's would show hidden categories, so it stays off there)
   */
  parentsChildren?: boolean
}

const byRank = (list: Category[]) => list.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
const byId = (list: Category[]) => list.sort((a, b) => (a.id < b.id ? -1 : 1))

export async function withCategoryTree(c: Container, json: string, tree: TreeRequest): Promise<string> {
  const { descendants, ancestors } = tree
  const parsed = JSON.parse(json) as Category | Category[]
  const roots = Array.isArray(parsed) ? parsed : [parsed]
  if ((!descendants && !ancestors) || roots.length === 0) return json
  const members = await treeMembers(c, roots, tree, !!tree.parentsChildren)
  const memberById = new Map(members.map((m) => [m.id, m]))

  if (ancestors) {
    for (const m of members) {
      if (!m.parent_category_id) {
        m.parent_category = null
        continue
      }
      const parent = memberById.get(m.parent_category_id)
      m.parent_category = parent
      m.parent_category_id = parent?.id
    }
  }
  // Medusa sorts the tree by the rank it read: a read without `rank` keeps its id order
  const sorted = tree.fields.includes("rank") || tree.fields.includes("*") ? byRank : byId
  const childrenOf = (id: string) => sorted(members.filter((m) => m.parent_category_id === id))
  const populate = (node: Category): Category => {
    if (descendants) node.category_children = childrenOf(node.id).map(populate)
    if (ancestors) delete node.category_children
    if (descendants) delete node.parent_category
    return node
  }

  // the children as Medusa's plain relation shows them: one level, in id order
  const withOwnChildren = (node: Category | null | undefined) => {
    for (let n = node; n; n = n.parent_category as Category | null | undefined) {
      const own = byId(members.filter((m) => m.parent_category_id === n!.id))
      n.category_children = own.map(({ parent_category: _p, category_children: _c, ...child }) => child)
    }
  }

  const relation = (name: string) => {
    if (tree.fields.includes(`${name}.*`)) return (m: Category | null | undefined) => m
    const columns = tree.fields.filter((f) => f.startsWith(`${name}.`)).map((f) => f.slice(name.length + 1))
    if (columns.length === 0) return undefined
    return (m: Category | null | undefined) =>
      m ? Object.fromEntries(columns.filter((k) => k in m).map((k) => [k, m[k]])) : m
  }
  const list = Array.isArray(parsed)
  // Medusa's retrieve with both trees shows no children up the chain; its list does
  const parentsChildren =
    ancestors && !!tree.parentsChildren && (!descendants || list) && relation("category_children") !== undefined
  const children = descendants ? relation("category_children") : undefined
  const parent = ancestors ? relation("parent_category") : undefined
  for (const root of roots) {
    const full = memberById.get(root.id)
    if (!full) continue
    if (children) root.category_children = childrenOf(root.id).map(populate).map(children)
    if (parent) {
      root.parent_category = parent(full.parent_category as Category | null | undefined)
      if ("parent_category_id" in root) root.parent_category_id = full.parent_category_id
      if (parentsChildren) withOwnChildren(root.parent_category as Category | null | undefined)
    }
    // Medusa's descendants list (not its retrieve) leaves out a listed category's parent
    if (list && descendants && !ancestors) delete root.parent_category
  }
  return JSON.stringify(list ? byRank(roots) : roots[0])
}

/**
 * The categories that pass the filters and lie under (descendants) or above (ancestors) a root;
 * with `siblings`, also the children of those above.
 */
async function treeMembers(c: Container, roots: Category[], tree: TreeRequest, siblings: boolean): Promise<Category[]> {
  const { id: _id, handle: _handle, mpath: _mpath, parent_category_id: _parent, ...filters } = tree.filters
  const ids = roots.map((r) => r.id)
  const branches: Record<string, unknown>[] = [{ id: ids }]
  if (tree.descendants) for (const id of ids) branches.push({ mpath: { $like: `%${id}%` } })
  if (tree.ancestors) {
    const { data } = await c.query.graph<Category>({
      entity: "product_category",
      fields: ["id", "mpath"],
      filters: { id: ids },
    })
    const above = [...new Set(data.flatMap((r) => (r.mpath ?? "").split(".")))]
    branches.push({ id: above })
    if (siblings) branches.push({ parent_category_id: above })
  }
  const { data } = await c.query.graph<Category>({
    entity: "product_category",
    fields: ["*"],
    filters: { ...filters, $or: branches },
    pagination: { order: { rank: "ASC", id: "ASC" } },
  })
  return data
}

/** A category route's `reshape`: the trees its query asks for (`parentsChildren`: see TreeRequest). */
export const categoryTrees =
  (parentsChildren?: boolean) =>
  (c: Container, json: string, { query, filters, fields }: ListRead) =>
    withCategoryTree(c, json, {
      descendants: !!query.include_descendants_tree,
      ancestors: !!query.include_ancestors_tree,
      filters,
      fields,
      parentsChildren,
    })
