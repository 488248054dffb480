export { Query, type GraphResult } from "./query.js"
export { compileGraph, type GraphInput } from "./compile.js"
export { Schema, pluralOf, type Entity, type Relation } from "./schema.js"
export { likeSubstring } from "./filters.js"
