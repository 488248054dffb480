import { registerLinks } from "../framework/link/register.js"
import { Schema } from "../framework/query/schema.js"
import { computedAcrossLinks, links } from "../links/index.js"
import { modules } from "./modules.js"

/** The Query schema of the whole application: every module's models plus every link. */
export function buildSchema(): Schema {
  const schema = new Schema()
  for (const mod of Object.values(modules)) for (const model of mod.models) schema.addModel(model)
  registerLinks(schema, links)
  for (const { entity, field, def } of computedAcrossLinks) schema.addComputed(entity, field, def)
  return schema
}
