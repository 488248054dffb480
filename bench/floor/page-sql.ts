/**
 * The floor's statement: Medusa's default store product page (50 products of one channel, with
 * type, collection, options and values, tags, images, variants with their options, optionally
 * each variant's inventory quantity in the channel) and its count, written by hand as one SQL
 * statement that builds the whole JSON response.
 */
export const ts = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

export const optionJson = (
  o: string,
) => `json_build_object('id', ${o}.id, 'title', ${o}.title, 'is_exclusive', ${o}.is_exclusive,
  'metadata', ${o}.metadata, 'created_at', ${ts(o + ".created_at")}, 'updated_at', ${ts(o + ".updated_at")}, 'deleted_at', ${o}.deleted_at)`

export const valueJson = (
  v: string,
  extra = "",
) => `json_build_object('id', ${v}.id, 'value', ${v}.value, 'rank', ${v}.rank,
  'metadata', ${v}.metadata, 'option_id', ${v}.option_id, 'created_at', ${ts(v + ".created_at")},
  'updated_at', ${ts(v + ".updated_at")}, 'deleted_at', ${v}.deleted_at${extra})`

const inventoryQuantity = `(SELECT min(floor(coalesce((SELECT sum(l.stocked_quantity - l.reserved_quantity)
    FROM inventory_level l WHERE l.inventory_item_id = pvi.inventory_item_id AND l.deleted_at IS NULL
      AND l.location_id IN (SELECT scl.stock_location_id FROM sales_channel_stock_location scl
        WHERE scl.sales_channel_id = $1 AND scl.deleted_at IS NULL)), 0) / pvi.required_quantity))
  FROM product_variant_inventory_item pvi WHERE pvi.variant_id = v.id AND pvi.deleted_at IS NULL)`

export function floorPageSql(withInventory: boolean): string {
  const variantJson = `json_build_object('id', v.id, 'title', v.title, 'sku', v.sku, 'barcode', v.barcode, 'ean', v.ean,
    'upc', v.upc, 'allow_backorder', v.allow_backorder, 'manage_inventory', v.manage_inventory, 'hs_code', v.hs_code,
    'origin_country', v.origin_country, 'mid_code', v.mid_code, 'material', v.material, 'weight', v.weight,
    'length', v.length, 'height', v.height, 'width', v.width, 'metadata', v.metadata, 'variant_rank', v.variant_rank,
    'thumbnail', v.thumbnail, 'product_id', v.product_id, 'created_at', ${ts("v.created_at")},
    'updated_at', ${ts("v.updated_at")}, 'deleted_at', v.deleted_at,
    ${withInventory ? `'inventory_quantity', ${inventoryQuantity},` : ""}
    'options', (SELECT coalesce(json_agg(${valueJson("ov", `, 'option', (SELECT ${optionJson("oo")} FROM product_option oo WHERE oo.id = ov.option_id)`)} ORDER BY ov.id), '[]')
      FROM product_variant_option pvo JOIN product_option_value ov ON ov.id = pvo.option_value_id AND ov.deleted_at IS NULL
      WHERE pvo.variant_id = v.id))`
  const productJson = `json_build_object('id', p.id, 'title', p.title, 'subtitle', p.subtitle, 'description', p.description,
    'handle', p.handle, 'is_giftcard', p.is_giftcard, 'discountable', p.discountable, 'thumbnail', p.thumbnail,
    'collection_id', p.collection_id, 'type_id', p.type_id, 'weight', p.weight, 'length', p.length, 'height', p.height,
    'width', p.width, 'hs_code', p.hs_code, 'origin_country', p.origin_country, 'mid_code', p.mid_code,
    'material', p.material, 'created_at', ${ts("p.created_at")}, 'updated_at', ${ts("p.updated_at")},
    'type', (SELECT json_build_object('id', t.id, 'value', t.value) FROM product_type t WHERE t.id = p.type_id),
    'collection', (SELECT json_build_object('id', c.id, 'title', c.title, 'handle', c.handle) FROM product_collection c WHERE c.id = p.collection_id),
    'options', (SELECT coalesce(json_agg((${optionJson("o")}::jsonb || jsonb_build_object('values',
        (SELECT coalesce(json_agg(${valueJson("val")} ORDER BY val.id), '[]') FROM product_option_value val
          WHERE val.option_id = o.id AND val.deleted_at IS NULL)))::json ORDER BY o.id), '[]')
      FROM product_option o WHERE o.product_id = p.id AND o.deleted_at IS NULL),
    'tags', (SELECT coalesce(json_agg(json_build_object('id', tg.id, 'value', tg.value)), '[]')
      FROM product_tags pt JOIN product_tag tg ON tg.id = pt.product_tag_id WHERE pt.product_id = p.id),
    'images', (SELECT coalesce(json_agg(json_build_object('id', i.id, 'url', i.url, 'rank', i.rank) ORDER BY i.rank), '[]')
      FROM product_image i WHERE i.product_id = p.id AND i.deleted_at IS NULL),
    'variants', (SELECT coalesce(json_agg(${variantJson} ORDER BY v.id), '[]')
      FROM product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL))`
  const where = `p.deleted_at IS NULL AND p.status = 'published' AND EXISTS (SELECT 1 FROM product_sales_channel psc
      WHERE psc.product_id = p.id AND psc.sales_channel_id = $1 AND psc.deleted_at IS NULL)`
  return `SELECT '{"products":' || (SELECT coalesce(json_agg(${productJson} ORDER BY p.id), '[]')
      FROM (SELECT * FROM product p WHERE ${where} ORDER BY p.id LIMIT 50) p)::text
    || ',"count":' || (SELECT count(*) FROM product p WHERE ${where}) || ',"offset":0,"limit":50}' AS body`
}
