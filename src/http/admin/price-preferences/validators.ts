import { z } from "zod"
import { listQuery, retrieveParams, text } from "../../validation/common.js"
import { stringFilters } from "../../validation/filters.js"

const filters = { q: text().optional(), ...stringFilters("id", "attribute", "value") }

/** Medusa 2.21.2's price preference validators. */
export const PricePreferenceSchemas = {
  list: listQuery(300, filters),
  retrieve: z.object(retrieveParams()).strict(),
  create: z.object({ attribute: text(), value: text(), is_tax_inclusive: z.boolean().optional() }).strict(),
  update: z
    .object({ attribute: text().optional(), value: text().optional(), is_tax_inclusive: z.boolean().optional() })
    .strict(),
}
