/**
 * The admin floor's statement: `GET /admin/products?limit=50&sales_channel_id[]=$1` with Medusa's
 * default admin fields (query-config.ts: every product column, type, collection, options with
 * values, tags, images, variants with prices, option values and their option, images, and the
 * sales channels) and its count, written by hand as one SQL statement that builds the whole JSON.
 * `npx tsx bench/floor/admin-compare.ts` checks it against salesgraph's body.
 */
import { optionJson, ts, valueJson } from "./page-sql.js"

/** `a.col` for each column, as json_build_object arguments, timestamps in Medusa's format. */
const columns = (a: string, cols: string[]) =>
  cols.map((c) => `'${c}', ${c.endsWith("_at") && c !== "deleted_at" ? ts(`${a}.${c}`) : `${a}.${c}`}`).join(", ")
const stamped = (a: string, cols: string[]) =>
  `json_build_object(${columns(a, cols)}, 'created_at', ${ts(a + ".created_at")}, 'updated_at', ${ts(a + ".updated_at")}, 'deleted_at', ${ts(a + ".deleted_at")})`
const agg = (json: string, order: string, from: string) =>
  `(SELECT coalesce(json_agg(${json} ORDER BY ${order}), '[]') FROM ${from})`

const VARIANT =
  "id title sku barcode ean upc allow_backorder manage_inventory hs_code origin_country mid_code material weight length height width metadata variant_rank thumbnail product_id".split(
    " ",
  )
const PRODUCT =
  "id title subtitle status external_id description handle is_giftcard discountable thumbnail collection_id type_id weight length height width hs_code origin_country mid_code material metadata".split(
    " ",
  )
const IMAGE = "id url rank product_id metadata".split(" ")

const images = (from: string) => agg(stamped("i", IMAGE), "i.rank, i.id", from)

export function adminFloorPageSql(): string {
  const price = `json_build_object(${columns("pr", "id amount currency_code min_quantity max_quantity variant_id".split(" "))},
    'created_at', ${ts("pr.created_at")}, 'updated_at', ${ts("pr.updated_at")}, 'rules', pr.rules)`
  const variant = `(${stamped("v", VARIANT)}::jsonb || jsonb_build_object(
    'prices', ${agg(price, "pr.id", "product_variant_price pr WHERE pr.variant_id = v.id AND pr.deleted_at IS NULL")},
    'options', ${agg(valueJson("ov", `, 'option', (SELECT ${optionJson("oo")} FROM product_option oo WHERE oo.id = ov.option_id)`), "ov.id", "product_variant_option pvo JOIN product_option_value ov ON ov.id = pvo.option_value_id AND ov.deleted_at IS NULL WHERE pvo.variant_id = v.id")},
    'images', ${images("product_variant_image vi JOIN product_image i ON i.id = vi.image_id AND i.deleted_at IS NULL WHERE vi.variant_id = v.id")}))::json`
  const product = `(${stamped("p", PRODUCT)}::jsonb || jsonb_build_object(
    'type', (SELECT ${stamped("t", "id value metadata external_id".split(" "))} FROM product_type t WHERE t.id = p.type_id),
    'collection', (SELECT ${stamped("c", "id title handle metadata external_id".split(" "))} FROM product_collection c WHERE c.id = p.collection_id),
    'options', ${agg(`(${optionJson("o")}::jsonb || jsonb_build_object('values', ${agg(valueJson("val"), "val.id", "product_option_value val WHERE val.option_id = o.id AND val.deleted_at IS NULL")}))::json`, "o.id", "product_option o WHERE o.product_id = p.id AND o.deleted_at IS NULL")},
    'tags', ${agg(stamped("tg", "id value metadata external_id".split(" ")), "tg.id", "product_tags pt JOIN product_tag tg ON tg.id = pt.product_tag_id AND tg.deleted_at IS NULL WHERE pt.product_id = p.id")},
    'images', ${images("product_image i WHERE i.product_id = p.id AND i.deleted_at IS NULL")},
    'variants', ${agg(variant, "v.id", "product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL")},
    'sales_channels', ${agg(stamped("sc", "id name description is_disabled metadata".split(" ")), "sc.id", "product_sales_channel l JOIN sales_channel sc ON sc.id = l.sales_channel_id AND sc.deleted_at IS NULL WHERE l.product_id = p.id AND l.deleted_at IS NULL")}))::json`
  const where = `p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM product_sales_channel psc
      WHERE psc.product_id = p.id AND psc.sales_channel_id = $1 AND psc.deleted_at IS NULL)`
  return `SELECT '{"products":' || (SELECT coalesce(json_agg(${product} ORDER BY p.id), '[]')
      FROM (SELECT * FROM product p WHERE ${where} ORDER BY p.id LIMIT 50) p)::text
    || ',"count":' || (SELECT count(*) FROM product p WHERE ${where}) || ',"offset":0,"limit":50}' AS body`
}
