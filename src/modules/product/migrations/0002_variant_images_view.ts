import type { Migration } from "../../../db/migrate.js"

/**
 * `variant.images` as Medusa's product module computes it: the product's general images (not
 * assigned to any variant) plus the images assigned to this variant. A view, so Query reads
 * it like any pivot; assignments still live in `product_variant_product_image`.
 */
export const variantImagesView: Migration = {
  name: "0002_variant_images_view",
  up: `CREATE OR REPLACE VIEW "product_variant_image" AS
SELECT v."id" AS "variant_id", i."id" AS "image_id"
FROM "product_variant" v
JOIN "product_image" i ON i."product_id" = v."product_id"
WHERE NOT EXISTS (SELECT 1 FROM "product_variant_product_image" a WHERE a."image_id" = i."id")
   OR EXISTS (SELECT 1 FROM "product_variant_product_image" a WHERE a."image_id" = i."id" AND a."variant_id" = v."id");`,
}
