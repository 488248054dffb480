import type { Container } from "../../app/container.js"
import { clock } from "../../framework/clock.js"
import { notFound } from "../../framework/errors.js"
import { visibilityChecks, visibilitySummary, type VisibilityCheck } from "./visibility-checks.js"
import { findChannel, findCurrency, findKey, findProduct, type FactChannel, type FactKey } from "./visibility-facts.js"

export interface VisibilityQuestion {
  /** a product id or handle */
  product: string
  publishable_key?: string
  publishable_key_id?: string
  sales_channel_id?: string
  region_id?: string
}

export interface VisibilityReport {
  product_id: string
  handle: string
  title: string
  publishable_key_id: string | null
  sales_channel_ids: string[]
  region_id: string | null
  at: string
  served: boolean
  listed: boolean
  purchasable: boolean
  checks: VisibilityCheck[]
}

/**
 * "Why can't this key see this product?": reads only (a few Query statements), then every
 * condition the store applies, in order, for each channel of the key (or the one asked about).
 */
export async function visibilityReport(c: Container, q: VisibilityQuestion): Promise<VisibilityReport> {
  const product = await findProduct(c, q.product)
  let key: FactKey | null | undefined
  let channels: FactChannel[] = []
  if (q.sales_channel_id) {
    const channel = await findChannel(c, q.sales_channel_id)
    if (!channel) throw notFound(`Sales channel with id: ${q.sales_channel_id} was not found`)
    channels = [channel]
  } else {
    key = (await findKey(c, { token: q.publishable_key, id: q.publishable_key_id })) ?? null
    if (key && !key.revoked_at) channels = key.sales_channels
  }
  const currency = await findCurrency(c, q.region_id)
  const now = clock.now()
  const checks = visibilityChecks({ product, key, channels, currency, now })
  return {
    product_id: product.id,
    handle: product.handle,
    title: product.title,
    publishable_key_id: key?.id ?? null,
    sales_channel_ids: channels.map((ch) => ch.id),
    region_id: currency?.region_id ?? null,
    at: now.toISOString(),
    ...visibilitySummary(checks),
    checks,
  }
}
