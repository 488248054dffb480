/**
 * Beyond Medusa (docs/pricing.md): the channel a store read's prices are for, as the Query
 * context's `sales_channel_id` — the key's only channel, else the one channel the request names.
 * A key with several channels and no single one named gets no channel: only prices without a
 * channel rule apply. The same rule picks the channel of `inventory_quantity`.
 */
export function priceChannel(
  keyChannels: readonly string[],
  set: readonly string[],
): { sales_channel_id: string } | Record<string, never> {
  if (keyChannels.length === 1) return { sales_channel_id: keyChannels[0] }
  if (set.length === 1) return { sales_channel_id: set[0] }
  return {}
}
