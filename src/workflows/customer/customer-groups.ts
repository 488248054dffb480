import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { CustomerGroup } from "../../modules/customer/index.js"
import { missingIds } from "../common/missing-ids.js"

const groups = (tx: Container) => tx.modules.customer.repository(CustomerGroup)

/** create-customer-groups: a name in use is the unique index's 400 (Medusa's message). */
export function createCustomerGroupsWorkflow(c: Container, rows: Row[]): Promise<Row[]> {
  return c.transaction((tx) => groups(tx).create(rows))
}

/** update-customer-groups: an unknown id is a 404 in the route's words. */
export function updateCustomerGroupWorkflow(c: Container, id: string, data: Row): Promise<Row> {
  return c.transaction(async (tx) => {
    const [row] = await groups(tx).updateWhere({ id }, data)
    if (!row) throw notFound(`Customer group with id "${id}" not found`)
    return row
  })
}

/** delete-customer-groups: soft-deletes and empties them; unknown ids are no error (Medusa's envelope). */
export function deleteCustomerGroupsWorkflow(c: Container, ids: string[]): Promise<void> {
  return c.transaction(async (tx) => {
    await groups(tx).setDeleted(ids, true)
    await tx.modules.customer.emptyGroups(ids)
  })
}

/** Medusa's refusal of a link to a record that does not exist (its link module's words). */
async function assertLinkable(tx: Container, entity: string, key: string, ids: string[]) {
  const [missing] = await missingIds(tx, entity, ids)
  if (missing) throw notFound(`You tried to set relationship ${key}: ${missing}, but such entity does not exist`)
}

export interface MembershipInput {
  id: string
  add?: string[]
  remove?: string[]
}

/** link-customers-to-customer-group: the group and every added customer must exist; one transaction. */
export function linkCustomersToCustomerGroupWorkflow(c: Container, input: MembershipInput): Promise<void> {
  return c.transaction(async (tx) => {
    const add = input.add ?? []
    await assertLinkable(tx, "customer_group", "customer_group_id", [input.id])
    await assertLinkable(tx, "customer", "customer_id", add)
    const pair = (customerId: string): [string, string] => [customerId, input.id]
    await tx.modules.customer.setGroupMembers(add.map(pair), (input.remove ?? []).map(pair))
  })
}

/** link-customer-groups-to-customer: the customer and every added group must exist; one transaction. */
export function linkCustomerGroupsToCustomerWorkflow(c: Container, input: MembershipInput): Promise<void> {
  return c.transaction(async (tx) => {
    const add = input.add ?? []
    await assertLinkable(tx, "customer", "customer_id", [input.id])
    await assertLinkable(tx, "customer_group", "customer_group_id", add)
    const pair = (groupId: string): [string, string] => [input.id, groupId]
    await tx.modules.customer.setGroupMembers(add.map(pair), (input.remove ?? []).map(pair))
  })
}
