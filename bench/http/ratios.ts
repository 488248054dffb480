/** Every ratio the report gives, from the same sitting: salesgraph against the floor, the wire limit and Medusa. */
export function ratiosOf(
  load: Record<string, { rps_avg: number } | undefined>,
  extra: { creation_per_s?: number; medusa?: { load: Record<string, { rps_avg: number }>; creation_per_s?: number } },
): Record<string, number | null> {
  const r = (a?: number, b?: number) => (a && b ? Math.round((a / b) * 100) / 100 : null)
  const rps = (name: string) => load[name]?.rps_avg
  const m = extra.medusa
  return {
    cached_vs_wire: r(rps("store_products_cached"), rps("wire_store_products")),
    cached_inventory_vs_wire: r(
      rps("store_products_inventory_quantity_cached"),
      rps("wire_store_products_inventory_quantity"),
    ),
    uncached_vs_floor: r(rps("store_products_uncached"), rps("floor_store_products")),
    uncached_inventory_vs_floor: r(
      rps("store_products_inventory_quantity_uncached"),
      rps("floor_store_products_inventory_quantity"),
    ),
    admin_by_channel_vs_floor: r(rps("admin_products_by_channel"), rps("floor_admin_products_by_channel")),
    cached_vs_medusa: r(rps("store_products_cached"), m?.load.store_products?.rps_avg),
    cached_inventory_vs_medusa: r(
      rps("store_products_inventory_quantity_cached"),
      m?.load.store_products_inventory_quantity?.rps_avg,
    ),
    calculated_price_cached_vs_medusa: r(
      rps("store_products_calculated_price_cached"),
      m?.load.store_products_calculated_price?.rps_avg,
    ),
    calculated_price_uncached_vs_medusa: r(
      rps("store_products_calculated_price_uncached"),
      m?.load.store_products_calculated_price?.rps_avg,
    ),
    uncached_vs_medusa: r(rps("store_products_uncached"), m?.load.store_products?.rps_avg),
    admin_by_channel_vs_medusa: r(rps("admin_products_by_channel"), m?.load.admin_products_by_channel?.rps_avg),
    creation_vs_medusa: r(extra.creation_per_s, m?.creation_per_s),
  }
}
