import type { Container } from "../../app/container.js"
import { sql } from "../../framework/sql/sql.js"
import { ensureDefaultShippingProfile } from "../shipping-profile/default-shipping-profile.js"

export interface Defaults {
  store_id: string
  default_sales_channel_id: string
  default_shipping_profile_id: string
  publishable_key?: { id: string; token: string }
}

const DEFAULTS_LOCK = 7_301_443

/**
 * What a fresh Medusa 2.21 has after its first start (docs/medusa-contract.md §1.9), created idempotently on every
 * start: a Default Sales Channel, a store pointing at it (currency eur), a Default Publishable
 * API Key linked to it, the `pp_system_default` payment provider, the `manual_manual` fulfillment provider and a Default Shipping Profile.
 */
export async function createDefaultsWorkflow(c: Container): Promise<Defaults> {
  return c.transaction(async (tx) => {
    // two processes starting together must not both create the defaults
    await tx.db.query(sql`SELECT pg_advisory_xact_lock(${DEFAULTS_LOCK}::bigint)`)
    const m = tx.modules
    let [channel] = await m.sales_channel.listSalesChannels({}, { take: 1 })
    if (!channel) {
      channel = await m.sales_channel.createSalesChannels({
        name: "Default Sales Channel",
        description: "Created by Medusa",
      })
      tx.emit("sales-channel.created", { id: channel.id })
    }
    let [store] = await m.store.listStores({}, { take: 1 })
    if (!store) {
      store = await m.store.createStores({ name: "Medusa Store", default_sales_channel_id: channel.id })
      await m.store.createStoreCurrencies({ store_id: store.id, currency_code: "eur", is_default: true })
      tx.emit("store.created", { id: store.id })
    }
    let [key]: { id: string; token: string }[] = await m.api_key.listApiKeys({ type: "publishable" }, { take: 1 })
    if (!key) {
      ;[key] = await m.api_key.generateApiKeys([
        { title: "Default Publishable API Key", type: "publishable", created_by: "" },
      ])
      await tx.link.create({ api_key: { publishable_key_id: key.id }, sales_channel: { sales_channel_id: channel.id } })
      tx.emit("api_key.api-key.created", { id: key.id })
    }
    const [provider] = await m.payment.listPaymentProviders({ id: "pp_system_default" })
    if (!provider) await m.payment.createPaymentProviders({ id: "pp_system_default", is_enabled: true })
    const [manual] = await m.fulfillment.listFulfillmentProviders({ id: "manual_manual" })
    if (!manual) await m.fulfillment.createFulfillmentProviders({ id: "manual_manual", is_enabled: true })
    const shippingProfileId = await ensureDefaultShippingProfile(tx)
    return {
      store_id: store.id,
      default_sales_channel_id: store.default_sales_channel_id ?? channel.id,
      default_shipping_profile_id: shippingProfileId,
      publishable_key: { id: key.id, token: key.token },
    }
  })
}
