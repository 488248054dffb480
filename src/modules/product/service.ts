import { moduleService, type Row } from "../../framework/service/index.js"
import { sql } from "../../framework/sql/sql.js"
import { insertGraph, prepareRow } from "./graph-insert.js"
import { productModels } from "./models/product.js"
import { PRODUCT_CATEGORIES, PRODUCT_TAGS, replacePivotRows, VARIANT_OPTIONS } from "./pivots.js"

const { Product, ProductImage, ProductOption, ProductOptionValue, ProductVariant, ProductVariantPrice } = productModels

/** The rows of new products and of everything they own, ids already set (see `insertGraph`). */
export interface ProductGraphRows {
  products?: Row[]
  options?: Row[]
  optionValues?: Row[]
  variants?: Row[]
  prices?: Row[]
  images?: Row[]
  /** [variant_id, option_value_id] */
  variantOptions?: [string, string][]
  /** [product_id, product_tag_id] */
  productTags?: [string, string][]
  /** [product_id, product_category_id] */
  productCategories?: [string, string][]
}

export interface ImageInput {
  id?: string
  url: string
}

export interface PriceInput {
  id?: string
  currency_code?: string
  amount?: number
  min_quantity?: number | null
  max_quantity?: number | null
  rules?: Record<string, string | string[]>
}

export class ProductService extends moduleService(productModels) {
  /** Takes the product's row lock for the rest of the transaction (concurrent writes to it queue). */
  async lockProduct(id: string): Promise<void> {
    await this.db.query(sql`SELECT id FROM product WHERE id = ${id}::text FOR UPDATE`)
  }

  /** Products, variants, options, prices, images and their pivots, in one statement. */
  createProductGraph(g: ProductGraphRows): Promise<void> {
    return insertGraph(
      this.db,
      [
        { model: Product, rows: g.products ?? [] },
        { model: ProductOption, rows: g.options ?? [] },
        { model: ProductOptionValue, rows: g.optionValues ?? [] },
        { model: ProductImage, rows: g.images ?? [] },
        { model: ProductVariant, rows: g.variants ?? [] },
        { model: ProductVariantPrice, rows: g.prices ?? [] },
      ],
      [
        { ...VARIANT_OPTIONS, pairs: g.variantOptions ?? [] },
        { ...PRODUCT_TAGS, pairs: g.productTags ?? [] },
        { ...PRODUCT_CATEGORIES, pairs: g.productCategories ?? [] },
      ],
    )
  }

  /** The product's tags become exactly these. */
  setProductTags(productId: string, tagIds: string[]): Promise<void> {
    return replacePivotRows(this.db, PRODUCT_TAGS, productId, tagIds)
  }

  /** The product's categories become exactly these. */
  setProductCategories(productId: string, categoryIds: string[]): Promise<void> {
    return replacePivotRows(this.db, PRODUCT_CATEGORIES, productId, categoryIds)
  }

  /** The product's images become exactly these, ranked in order (an image given by id is kept). */
  async replaceProductImages(productId: string, images: ImageInput[]): Promise<void> {
    const ranked = images.map((image, rank) => ({ ...image, rank }))
    const keptRows = ranked.filter((i) => i.id).map(({ id, url, rank }) => ({ id, url, rank }))
    const newRows = ranked
      .filter((i) => !i.id)
      .map(({ url, rank }) => prepareRow(ProductImage, { url, rank, product_id: productId }))
    await this.db.query(sql`WITH gone AS (
        UPDATE product_image SET deleted_at = now(), updated_at = now()
        WHERE product_id = ${productId}::text AND deleted_at IS NULL AND NOT (id = ANY(${keptRows.map((r) => r.id!)}::text[]))),
      changed AS (
        UPDATE product_image i SET url = k.url, rank = k.rank, updated_at = now()
        FROM jsonb_to_recordset(${JSON.stringify(keptRows)}::jsonb) AS k(id text, url text, rank integer)
        WHERE i.id = k.id AND i.product_id = ${productId}::text)
      INSERT INTO product_image (id, url, rank, product_id, metadata, created_at, updated_at)
      SELECT n.id, n.url, n.rank, n.product_id, n.metadata, now(), now()
      FROM jsonb_populate_recordset(NULL::product_image, ${JSON.stringify(newRows)}::jsonb) n`)
  }

  /** The variant's option values become exactly these. */
  setVariantOptionValues(variantId: string, valueIds: string[]): Promise<void> {
    return replacePivotRows(this.db, VARIANT_OPTIONS, variantId, valueIds)
  }

  /**
   * The variant's prices become exactly these: a price given by id is updated, one without
   * an id is created, the others are deleted.
   */
  async replaceVariantPrices(variantId: string, prices: PriceInput[]): Promise<void> {
    const updates = prices.filter((p) => p.id)
    const creates = prices
      .filter((p) => !p.id)
      .map((p) => prepareRow(ProductVariantPrice, { ...p, variant_id: variantId }))
    await this.db.query(sql`WITH gone AS (
        UPDATE product_variant_price SET deleted_at = now(), updated_at = now()
        WHERE variant_id = ${variantId}::text AND deleted_at IS NULL AND NOT (id = ANY(${updates.map((p) => p.id!)}::text[]))),
      changed AS (
        UPDATE product_variant_price p SET
          currency_code = coalesce(u.currency_code, p.currency_code),
          amount = coalesce(u.amount, p.amount),
          min_quantity = CASE WHEN u.doc ? 'min_quantity' THEN u.min_quantity ELSE p.min_quantity END,
          max_quantity = CASE WHEN u.doc ? 'max_quantity' THEN u.max_quantity ELSE p.max_quantity END,
          rules = coalesce(u.rules, p.rules),
          updated_at = now()
        FROM (SELECT d AS doc, r.* FROM jsonb_array_elements(${JSON.stringify(updates)}::jsonb) d,
                LATERAL jsonb_populate_record(NULL::product_variant_price, d) r) u
        WHERE p.id = u.id AND p.variant_id = ${variantId}::text AND p.deleted_at IS NULL)
      INSERT INTO product_variant_price (id, currency_code, amount, min_quantity, max_quantity, rules, variant_id, created_at, updated_at)
      SELECT n.id, n.currency_code, n.amount, n.min_quantity, n.max_quantity, n.rules, n.variant_id, now(), now()
      FROM jsonb_populate_recordset(NULL::product_variant_price, ${JSON.stringify(creates)}::jsonb) n`)
  }

  // Collections, categories, tags and types: what their workflows need beyond the generated methods.

  /** `add` products join the collection (leaving their old one); `remove` ones leave it when in it. */
  async setCollectionProducts(collectionId: string, add: string[], remove: string[]): Promise<void> {
    await this.db.query(sql`WITH removed AS (
        UPDATE product SET collection_id = NULL, updated_at = now()
        WHERE id = ANY(${remove}::text[]) AND collection_id = ${collectionId}::text AND NOT (id = ANY(${add}::text[])))
      UPDATE product SET collection_id = ${collectionId}::text, updated_at = now()
      WHERE id = ANY(${add}::text[]) AND collection_id IS DISTINCT FROM ${collectionId}::text`)
  }

  /** `add` products get the category, `remove` ones lose it (a product in both loses it, as in Medusa's step). */
  async setCategoryProducts(categoryId: string, add: string[], remove: string[]): Promise<void> {
    await this.db.query(sql`WITH gone AS (
        DELETE FROM product_category_product WHERE product_category_id = ${categoryId}::text AND product_id = ANY(${remove}::text[]))
      INSERT INTO product_category_product (product_id, product_category_id)
      SELECT p, ${categoryId}::text FROM unnest(${add}::text[]) p WHERE NOT (p = ANY(${remove}::text[])) ON CONFLICT DO NOTHING`)
  }

  /** Products stop pointing at deleted collections / types (`column`), or lose deleted tags / categories (pivots). */
  async detachFromProducts(
    kind: "collection_id" | "type_id" | "product_tag_id" | "product_category_id",
    ids: string[],
  ): Promise<void> {
    if (ids.length === 0) return
    if (kind === "collection_id")
      await this.db.query(
        sql`UPDATE product SET collection_id = NULL, updated_at = now() WHERE collection_id = ANY(${ids}::text[])`,
      )
    else if (kind === "type_id")
      await this.db.query(
        sql`UPDATE product SET type_id = NULL, updated_at = now() WHERE type_id = ANY(${ids}::text[])`,
      )
    else if (kind === "product_tag_id")
      await this.db.query(sql`DELETE FROM product_tags WHERE product_tag_id = ANY(${ids}::text[])`)
    else await this.db.query(sql`DELETE FROM product_category_product WHERE product_category_id = ANY(${ids}::text[])`)
  }

  /** Live children of `parentId` (null: the roots), `exceptId` left out. */
  async countCategorySiblings(parentId: string | null, exceptId: string | null = null): Promise<number> {
    const [row] = await this.db.query(sql`SELECT count(*)::int AS n FROM product_category
      WHERE parent_category_id IS NOT DISTINCT FROM ${parentId}::text AND deleted_at IS NULL AND id IS DISTINCT FROM ${exceptId}::text`)
    return row.n as number
  }

  /** Moves the ranks at or after `fromRank` under `parentId` by `delta` (opening or closing a gap). */
  async shiftCategoryRanks(parentId: string | null, fromRank: number, delta: 1 | -1, exceptId: string): Promise<void> {
    await this.db.query(sql`UPDATE product_category SET rank = rank + ${delta}::int
      WHERE parent_category_id IS NOT DISTINCT FROM ${parentId}::text AND rank >= ${fromRank}::int
        AND deleted_at IS NULL AND id <> ${exceptId}::text`)
  }

  /**
   * Sets a category's metadata as given: Medusa's category repository assigns the update, so
   * unlike other records' its metadata does not merge (and `""` values are kept).
   */
  async replaceCategoryMetadata(id: string, metadata: Record<string, unknown> | null): Promise<void> {
    const json = metadata === null ? null : JSON.stringify(metadata)
    await this.db.query(
      sql`UPDATE product_category SET metadata = ${json}::jsonb, updated_at = now() WHERE id = ${id}::text AND deleted_at IS NULL`,
    )
  }

  /** A category and its descendants: the `oldPath` prefix of their mpath becomes `newPath`. */
  async moveCategoryPaths(oldPath: string, newPath: string): Promise<void> {
    await this.db
      .query(sql`UPDATE product_category SET mpath = ${newPath}::text || substr(mpath, length(${oldPath}::text) + 1)
      WHERE mpath = ${oldPath}::text OR mpath LIKE ${oldPath}::text || '.%'`)
  }
}
