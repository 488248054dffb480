import type { FastifyInstance } from "fastify"
import {
  createPriceListWorkflow,
  deletePriceListsWorkflow,
  priceListMissing,
  updatePriceListWorkflow,
} from "../../../workflows/pricing/price-lists.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { priceRoutes } from "./price-routes.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { PriceListSchemas } from "./validators.js"

const records = recordRoutes({
  path: "/price-lists",
  entity: "price_list",
  key: "price_list",
  listKey: "price_lists",
  object: "price_list",
  defaults: DEFAULT_FIELDS,
  schemas: PriceListSchemas,
  // the bodies were checked by these schemas; parsing again gives them their types
  create: async (c, body) => [await createPriceListWorkflow(c, PriceListSchemas.create.parse(body))],
  update: (c, id, body) => updatePriceListWorkflow(c, id, PriceListSchemas.update.parse(body)),
  delete: forOne(deletePriceListsWorkflow),
  missing: (id) => `Price list with id: ${id} was not found`,
})

/** /admin/price-lists (Medusa 2.21.2): CRUD, `/:id/prices/batch`, `/:id/products` `{remove}`, `/:id/prices`. */
export async function priceListRoutes(server: FastifyInstance) {
  await records(server)
  priceRoutes(server, priceListMissing)
}
