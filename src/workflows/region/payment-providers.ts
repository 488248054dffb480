import type { Container } from "../../app/container.js"
import { notFound } from "../../framework/errors.js"

/** Every id must name an enabled payment provider (Medusa's message, 404). */
export async function assertPaymentProvidersEnabled(tx: Container, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return
  const found = await tx.modules.payment.listPaymentProviders({ id: unique, is_enabled: true }, { select: ["id"] })
  const have = new Set(found.map((p) => p.id))
  const missing = unique.filter((id) => !have.has(id))
  if (missing.length) throw notFound(`Payment providers with ids ${missing.join(", ")} not found or not enabled`)
}

const pair = (regionId: string, providerId: string) => ({
  region: { region_id: regionId },
  payment: { payment_provider_id: providerId },
})

/** Makes `providers` (validated) exactly the region's linked providers: dismiss the others, link the new. */
export async function setRegionPaymentProviders(tx: Container, regionId: string, providers: string[]): Promise<void> {
  const current = await tx.link.list({ region: { region_id: regionId }, payment: { payment_provider_id: undefined } })
  const have = new Set(current.map((row) => row.payment_provider_id as string))
  const wanted = new Set(providers)
  const remove = [...have].filter((id) => !wanted.has(id))
  const add = [...wanted].filter((id) => !have.has(id))
  if (remove.length) await tx.link.dismiss(remove.map((id) => pair(regionId, id)))
  if (add.length) await tx.link.create(add.map((id) => pair(regionId, id)))
}
