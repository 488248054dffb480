import { existsSync } from "node:fs"
import { join } from "node:path"
import { modules } from "../../app/modules.js"
import { links } from "../../links/index.js"
import { SRC } from "./source-tree.js"

/**
 * Every table the model declares, with its owner: the module's folder for model tables and
 * their many-to-many pivots, "links" for link tables.
 */
export function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>()
  for (const mod of Object.values(modules)) {
    const folder = mod.name.replaceAll("_", "-")
    if (!existsSync(join(SRC, "modules", folder))) throw new Error(`module ${mod.name} is not in src/modules/${folder}`)
    for (const model of mod.models) {
      owners.set(model.tableName, folder)
      for (const relation of Object.values(model.relations))
        if (relation.pivot) owners.set(relation.pivot.table, folder)
    }
  }
  for (const link of links) if (link.kind === "stored") owners.set(link.table, "links")
  return owners
}
