import type { Container } from "../../app/container.js"
import { invalidData, notFound } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"
import { upsertCartAddress, type AddressInput } from "./steps/addresses.js"
import { cartForChange, type CartForChange, type CartLine } from "./steps/cart-for-change.js"
import { findOrCreateCustomer } from "./steps/customer.js"
import { assertNotCompleted } from "./steps/lock-cart.js"
import { assertSoldInChannel } from "./steps/prepare-items.js"
import { priceLines, type LinePrice, type PricingContext } from "./steps/pricing.js"
import { refreshCart } from "./steps/refresh-cart.js"
import { regionById, type CartRegion } from "./steps/region.js"
import { resolveCartSalesChannel } from "./steps/sales-channel.js"
import { loadVariants } from "./steps/variants.js"

export interface UpdateCartInput {
  region_id?: string
  email?: string | null
  billing_address?: AddressInput
  shipping_address?: AddressInput
  sales_channel_id?: string | null
  metadata?: Record<string, unknown> | null
  promo_codes?: string[]
  locale?: string | null
}

/** Medusa's prepare-cart-to-update rules for the shipping address when the region changes. */
function shippingAddressFor(
  input: UpdateCartInput,
  region: CartRegion | null,
  cart: CartForChange,
): AddressInput | null | undefined {
  let address: AddressInput | null | undefined = input.shipping_address
  if (input.shipping_address?.country_code) {
    const code = input.shipping_address.country_code.toLowerCase()
    if (!region?.countries.some((c) => c.iso_2 === code)) {
      throw invalidData(`Country with code ${input.shipping_address.country_code} is not within region ${region?.name}`)
    }
  }
  if (region?.id !== cart.region?.id) {
    if (region?.countries.length === 1) address = { country_code: region.countries[0].iso_2 }
    if (!address?.country_code) address = null
  }
  return address
}

/**
 * Medusa's refresh of the cart's lines on every update: each line not custom-priced takes the
 * variant's price now, in the cart's (new) region, for its customer and channel; custom-priced
 * lines are dropped when the region changes.
 */
async function repriceLines(
  c: Container,
  cart: CartForChange,
  context: PricingContext & { region_id: string | null | undefined },
  regionChanged: boolean,
): Promise<{ drop: string[]; prices: Map<string, LinePrice> }> {
  const drop = regionChanged ? cart.items.filter((i) => i.is_custom_price).map((i) => i.id) : []
  const lines = cart.items.filter((i): i is CartLine & { variant_id: string } => !i.is_custom_price && !!i.variant_id)
  const variants = await loadVariants(
    c,
    lines.map((i) => i.variant_id),
  )
  const priced = lines.filter((line) => variants.get(line.variant_id)?.product)
  const found = await priceLines(
    c,
    priced.map((line) => ({ variant_id: line.variant_id, quantity: Number(line.quantity) })),
    context,
  )
  const unpriced = priced.filter((_, n) => found[n] === undefined).map((line) => line.variant_id)
  if (unpriced.length) throw invalidData(`Variants with IDs ${[...new Set(unpriced)].join(", ")} do not have a price`)
  return { drop, prices: new Map(priced.map((line, n) => [line.id, found[n]!])) }
}

/**
 * update-cart: lock the cart · not completed · the (new or current) sales channel exists and is
 * enabled · the new region exists · shipping country within the region · lines still sold in
 * a new channel (beyond Medusa) · re-price lines in a new region's currency · write addresses
 * and the cart · `refreshCart`: the shipping methods (dropped when no longer usable, re-priced),
 * tax lines, promotions and payment collection · emit `cart.updated`.
 */
export function updateCartWorkflow(c: Container, id: string, input: UpdateCartInput): Promise<void> {
  return c.transaction(async (tx) => {
    const cart = await cartForChange(tx, id)
    assertNotCompleted(cart)
    const channel = await resolveCartSalesChannel(tx, input.sales_channel_id ?? cart.sales_channel_id)
    let region = cart.region
    if (input.region_id) {
      const found = await regionById(tx, input.region_id)
      if (!found) throw notFound(`Region id not found: ${input.region_id}`)
      region = found
    }
    const shippingAddress = shippingAddressFor(input, region, cart)
    if (channel.id !== cart.sales_channel_id && cart.items.length) {
      const variants = await loadVariants(
        tx,
        cart.items.map((i) => i.variant_id).filter((v): v is string => !!v),
      )
      assertSoldInChannel([...variants.values()], channel.id)
    }
    const regionChanged = !!region && region.id !== cart.region?.id

    const data: Row & { currency_code: string; region_id: string | null; customer_id?: string } = {
      currency_code: region?.currency_code ?? cart.currency_code,
      region_id: region?.id ?? null,
    }
    if (typeof input.email === "string") {
      // Medusa: a registered customer's cart takes the new email; a guest's moves to the guest of that email
      const { customer, email } = await findOrCreateCustomer(tx, { customerId: cart.customer_id, email: input.email })
      data.customer_id = customer!.id
      data.email = customer!.has_account ? input.email : email
    }
    if (input.sales_channel_id !== undefined) data.sales_channel_id = channel.id
    if (input.metadata !== undefined) data.metadata = input.metadata
    if (input.locale !== undefined) data.locale = input.locale
    if (shippingAddress !== undefined)
      data.shipping_address_id = shippingAddress
        ? await upsertCartAddress(tx, shippingAddress, "shipping_address_id")
        : null
    if (input.billing_address !== undefined)
      data.billing_address_id = await upsertCartAddress(tx, input.billing_address, "billing_address_id")
    const repriced = await repriceLines(
      tx,
      cart,
      {
        currency_code: data.currency_code,
        region_id: data.region_id,
        customer_id: data.customer_id ?? cart.customer_id,
        sales_channel_id: channel.id,
      },
      regionChanged,
    )
    await tx.modules.cart.updateCarts(cart.id, data)
    if (repriced.drop.length) await tx.modules.cart.softDeleteLineItems(repriced.drop)
    for (const [lineId, price] of repriced.prices) {
      const line = cart.items.find((i) => i.id === lineId)!
      if (Number(line.unit_price) !== price.amount)
        await tx.modules.cart.updateLineItems(lineId, {
          unit_price: price.amount,
          is_tax_inclusive: price.is_tax_inclusive,
        })
    }
    const codes = input.promo_codes
    await refreshCart(tx, cart.id, {
      shippingMethods: cart.shipping_methods.length > 0,
      promotions: codes ? { codes, action: "replace" } : undefined,
    })
    tx.emit("cart.updated", { id: cart.id })
  })
}
