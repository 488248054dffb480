import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import { upsertCartAddress, type AddressInput } from "./steps/addresses.js"
import { confirmInventory, inventoryNeeds } from "./steps/confirm-inventory.js"
import { findOrCreateCustomer } from "./steps/customer.js"
import type { LineItemInput } from "./steps/line-item-data.js"
import { prepareItems } from "./steps/prepare-items.js"
import { refreshCart } from "./steps/refresh-cart.js"
import { findOneOrAnyRegion } from "./steps/region.js"
import { resolveCartSalesChannel } from "./steps/sales-channel.js"
import { loadVariants } from "./steps/variants.js"

export interface CreateCartInput {
  region_id?: string | null
  currency_code?: string | null
  email?: string | null
  sales_channel_id?: string | null
  items?: LineItemInput[]
  shipping_address?: AddressInput | string
  billing_address?: AddressInput | string
  promo_codes?: string[]
  metadata?: Record<string, unknown> | null
  locale?: string | null
  customer_id?: string | null
}

/**
 * create-cart, in Medusa's order of checks: the sales channel (exists, enabled, present) · the
 * region · the items (exist and published, sold in the channel, priced in the cart currency,
 * in stock at the channel's locations) · region found · currency matches the region · promo
 * codes · the customer (the signed-in one, or the guest of the email, created if new) — then
 * the cart, its addresses and lines are written and `cart.created` is emitted.
 */
export function createCartWorkflow(c: Container, input: CreateCartInput): Promise<{ id: string }> {
  return c.transaction(async (tx) => {
    const channel = await resolveCartSalesChannel(tx, input.sales_channel_id)
    const region = await findOneOrAnyRegion(tx, input.region_id)
    const items = input.items ?? []
    const variants = await loadVariants(
      tx,
      items.map((i) => i.variant_id),
    )
    const lines = await prepareItems(tx, items, variants, {
      currency_code: input.currency_code ?? region?.currency_code,
      region_id: region?.id,
      customer_id: input.customer_id,
      sales_channel_id: channel.id,
    })
    confirmInventory(inventoryNeeds(items, variants, channel))
    if (!region) throw notFound("No regions found")
    if (input.currency_code && input.currency_code.toLowerCase() !== region.currency_code.toLowerCase()) {
      throw invalidData(
        `Currency code ${input.currency_code} does not match the region's currency code ${region.currency_code}`,
      )
    }
    const customer = await findOrCreateCustomer(tx, { customerId: input.customer_id, email: input.email })

    let shippingAddress = input.shipping_address
    if (!shippingAddress && region.countries.length === 1) shippingAddress = { country_code: region.countries[0].iso_2 }
    const cart = await tx.modules.cart.createCarts({
      region_id: region.id,
      customer_id: customer.customer?.id ?? null,
      sales_channel_id: channel.id,
      email: input.email ?? customer.email ?? null,
      currency_code: (input.currency_code ?? region.currency_code).toLowerCase(),
      locale: input.locale ?? null,
      metadata: input.metadata ?? null,
      shipping_address_id: shippingAddress ? await upsertCartAddress(tx, shippingAddress, "shipping_address_id") : null,
      billing_address_id: input.billing_address
        ? await upsertCartAddress(tx, input.billing_address, "billing_address_id")
        : null,
    })
    await tx.modules.cart.createLineItems(lines.map((line) => ({ ...line, cart_id: cart.id })))
    // a cart just created has no payment collection to refresh
    await refreshCart(tx, cart.id, {
      promotions: { codes: input.promo_codes ?? [], action: "add" },
      paymentCollection: false,
    })
    tx.emit("cart.created", { id: cart.id })
    return { id: cart.id }
  })
}
