import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import type { ShippingOptionTypeInput } from "./shipping-option-parts.js"
import { emitDeleted } from "../common/emit-deleted.js"

/** create-shipping-option-types: create · emit `fulfillment.shipping-option-type.created`. */
export function createShippingOptionTypesWorkflow(c: Container, input: ShippingOptionTypeInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const type = await tx.modules.fulfillment.createShippingOptionTypes(input)
    tx.emit("fulfillment.shipping-option-type.created", { id: type.id })
    return type
  })
}

/** update-shipping-option-types for one id: it must exist (Medusa's route words) · update · emit `.updated`. */
export function updateShippingOptionTypeWorkflow(
  c: Container,
  id: string,
  input: Partial<ShippingOptionTypeInput>,
): Promise<Row> {
  return c.transaction(async (tx) => {
    const [type] = await tx.modules.fulfillment.updateShippingOptionTypes({ selector: { id }, data: input })
    if (!type) throw notFound(`Shipping option type with id "${id}" not found`)
    tx.emit("fulfillment.shipping-option-type.updated", { id })
    return type
  })
}

/** delete-shipping-option-types: soft-delete · emit `.deleted`; an unknown id is no error, as in Medusa. */
export function deleteShippingOptionTypesWorkflow(c: Container, ids: string[]): Promise<string[]> {
  return c.transaction(async (tx) => {
    const removed = await tx.modules.fulfillment.softDeleteShippingOptionTypes(ids)
    return emitDeleted(tx, "fulfillment.shipping-option-type.deleted", removed.shipping_option_type_id ?? [])
  })
}
