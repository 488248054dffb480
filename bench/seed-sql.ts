import type pg from "pg"

/**
 * Seeds a catalogue with plain SQL (fast, for benchmarks): `channels` sales channels, `products`
 * published products with one managed variant and one inventory item each, every product linked
 * to `linksPerProduct` channels (round robin; only the first `linkedProducts` are linked), two
 * stock locations per channel with stock levels.
 */
export async function seedCatalogueSql(
  pool: pg.Pool,
  {
    products,
    channels,
    linksPerProduct,
    linkedProducts = products,
  }: { products: number; channels: number; linksPerProduct: number; linkedProducts?: number },
) {
  const id = (prefix: string, expr: string) => `'${prefix}_' || upper(lpad(to_hex(${expr}), 26, '0'))`
  await pool.query(`
    INSERT INTO sales_channel (id, name, description, is_disabled)
      SELECT ${id("sc", "c")}, 'Channel ' || c, 'bench', false FROM generate_series(1, ${channels}) c;
    INSERT INTO stock_location (id, name)
      SELECT ${id("sloc", "l")}, 'Location ' || l FROM generate_series(1, ${channels * 2}) l;
    INSERT INTO sales_channel_stock_location (id, sales_channel_id, stock_location_id)
      SELECT ${id("scloc", "l")}, ${id("sc", "((l - 1) % " + channels + ") + 1")}, ${id("sloc", "l")} FROM generate_series(1, ${channels * 2}) l;
    INSERT INTO product (id, title, handle, status, discountable, is_giftcard)
      SELECT ${id("prod", "p")}, 'Product ' || p, 'product-' || p, 'published', true, false FROM generate_series(1, ${products}) p;
    INSERT INTO product_variant (id, title, sku, product_id, manage_inventory, allow_backorder, variant_rank)
      SELECT ${id("variant", "p")}, 'Default', 'sku-' || p, ${id("prod", "p")}, true, false, 0 FROM generate_series(1, ${products}) p;
    INSERT INTO product_variant_price (id, variant_id, currency_code, amount, rules)
      SELECT ${id("price", "p")}, ${id("variant", "p")}, 'usd', 1000 + p, '{}' FROM generate_series(1, ${products}) p;
    INSERT INTO inventory_item (id, sku, title, requires_shipping)
      SELECT ${id("iitem", "p")}, 'sku-' || p, 'Item ' || p, true FROM generate_series(1, ${products}) p;
    INSERT INTO product_variant_inventory_item (id, variant_id, inventory_item_id, required_quantity)
      SELECT ${id("pvitem", "p")}, ${id("variant", "p")}, ${id("iitem", "p")}, 1 FROM generate_series(1, ${products}) p;
    INSERT INTO product_sales_channel (id, product_id, sales_channel_id)
      SELECT ${id("prodsc", "p * 16 + k")}, ${id("prod", "p")}, ${id("sc", "((p + k) % " + channels + ") + 1")}
      FROM generate_series(1, ${linkedProducts}) p, generate_series(0, ${linksPerProduct - 1}) k;
    INSERT INTO inventory_level (id, inventory_item_id, location_id, stocked_quantity, reserved_quantity, incoming_quantity)
      SELECT ${id("ilev", "p * 4 + k")}, ${id("iitem", "p")}, ${id("sloc", "((p + k) % " + channels * 2 + ") + 1")}, 100, p % 7, 0
      FROM generate_series(1, ${products}) p, generate_series(0, 1) k;
    ANALYZE;
  `)
  return { channelId: (n: number) => `sc_${n.toString(16).toUpperCase().padStart(26, "0")}` }
}
