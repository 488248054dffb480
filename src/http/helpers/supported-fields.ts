import { parseFields } from "../../framework/query/fields.js"
import type { Schema } from "../../framework/query/schema.js"
import { buildSchema } from "../../app/schema.js"
import { resolveFields } from "./fields.js"
import { reportLeftOutFields } from "./left-out-fields.js"
import type { FieldsRequest } from "./typed-server.js"

const cache = new WeakMap<Schema, Map<string, string[]>>()

/**
 * The part of a field list this application's models can answer: a field the schema cannot
 * resolve (a relation salesgraph does not model, or a name nothing has) is left out instead of
 * failing the request, as Medusa leaves out what it cannot resolve on these routes. Remembered
 * per schema and list (a bounded number of lists). What is left out is logged at debug level
 * with the request's route.
 */
export function supportedFields(schema: Schema, entity: string, fields: readonly string[]): string[] {
  let byList = cache.get(schema)
  if (!byList) cache.set(schema, (byList = new Map()))
  const key = `${entity}\u0000${fields.join(",")}`
  let supported = byList.get(key)
  if (!supported) {
    const root = schema.get(entity)
    supported = fields.filter((field) => {
      try {
        parseFields(schema, root, [field.startsWith("*") ? `${field.slice(1)}.*` : field])
        return true
      } catch {
        return false
      }
    })
    if (byList.size < 500) byList.set(key, supported)
  }
  if (supported.length < fields.length)
    reportLeftOutFields(
      entity,
      fields.filter((f) => !supported!.includes(f)),
    )
  return supported
}

let appSchema: Schema | undefined

/**
 * `resolveFields` of the `fields` parameter, then only what the application's schema can answer
 * (`supportedFields`): Medusa's admin routes leave out fields they cannot resolve (`fields=nope`,
 * `*fulfillment_sets` on stock locations, which its dashboard asks for) instead of refusing them.
 * The schema is the same for every app (modules and links are static), so it is built once here.
 */
export function knownFields(entity: string, defaults: readonly string[], param: string | undefined): string[] {
  appSchema ??= buildSchema()
  return supportedFields(appSchema, entity, resolveFields(defaults, param))
}

/** The request's `fields` over these defaults (within Medusa's `allowed`), as far as the app's schema answers them. */
export const requestFields = (
  request: FieldsRequest,
  entity: string,
  defaults: readonly string[],
  allowed?: ReadonlySet<string>,
) => supportedFields(request.container.core.schema, entity, resolveFields(defaults, request.query.fields, allowed))
