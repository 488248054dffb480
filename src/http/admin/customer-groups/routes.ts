import type { FastifyInstance } from "fastify"
import {
  createCustomerGroupsWorkflow,
  deleteCustomerGroupsWorkflow,
  linkCustomerGroupsToCustomerWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  updateCustomerGroupWorkflow,
} from "../../../workflows/customer/customer-groups.js"
import { DEFAULT_FIELDS as CUSTOMER_FIELDS } from "../customers/query-config.js"
import { forOne, recordRoutes } from "../../helpers/record-routes.js"
import { membershipRoute } from "./membership-route.js"
import { DEFAULT_FIELDS } from "./query-config.js"
import { CustomerGroupSchemas } from "./validators.js"

/** `customers=cus_1` or `customers[email]=…` filters on the group's members. */
const listFilters = ({ customers, ...rest }: Record<string, unknown>) =>
  customers === undefined
    ? rest
    : { ...rest, customers: typeof customers === "object" && !Array.isArray(customers) ? customers : { id: customers } }

const records = recordRoutes({
  path: "/customer-groups",
  entity: "customer_group",
  key: "customer_group",
  listKey: "customer_groups",
  object: "customer_group",
  defaults: DEFAULT_FIELDS,
  schemas: CustomerGroupSchemas,
  listFilters,
  create: (c, body, actorId) => createCustomerGroupsWorkflow(c, [{ ...body, created_by: actorId ?? null }]),
  update: updateCustomerGroupWorkflow,
  delete: forOne(deleteCustomerGroupsWorkflow),
  missing: (id) => `Customer group with id: ${id} not found`,
})

/**
 * /admin/customer-groups (Medusa 2.21.2): CRUD and `POST /:id/customers` `{add, remove}`; and the
 * other side, `POST /admin/customers/:id/customer-groups`.
 */
export async function customerGroupRoutes(server: FastifyInstance) {
  await records(server)
  membershipRoute(server, {
    path: "/customer-groups/:id/customers",
    entity: "customer_group",
    key: "customer_group",
    defaults: DEFAULT_FIELDS,
    link: linkCustomersToCustomerGroupWorkflow,
    missing: (id) => `Customer group with id: ${id} not found`,
  })
  membershipRoute(server, {
    path: "/customers/:id/customer-groups",
    entity: "customer",
    key: "customer",
    defaults: CUSTOMER_FIELDS,
    link: linkCustomerGroupsToCustomerWorkflow,
    missing: (id) => `Customer with id: ${id} not found`,
  })
}
