import { model, priceAmountColumns } from "../../../framework/model/index.js"

export const ProductType = model.define("product_type", {
  id: model.id({ prefix: "ptyp" }).primaryKey(),
  value: model.text().searchable().unique(),
  external_id: model.text().nullable(),
  metadata: model.json().nullable(),
  products: model.hasMany(() => Product, { foreignKey: "type_id" }),
})

export const ProductCollection = model.define("product_collection", {
  id: model.id({ prefix: "pcol" }).primaryKey(),
  title: model.text().searchable(),
  handle: model.text().unique(),
  external_id: model.text().nullable(),
  metadata: model.json().nullable(),
  products: model.hasMany(() => Product, { foreignKey: "collection_id" }),
})

export const ProductTag = model.define("product_tag", {
  id: model.id({ prefix: "ptag" }).primaryKey(),
  value: model.text().searchable().unique(),
  external_id: model.text().nullable(),
  metadata: model.json().nullable(),
  products: model.manyToMany(() => Product, {
    table: "product_tags",
    joinColumn: "product_tag_id",
    inverseJoinColumn: "product_id",
  }),
})

/** Columns in Medusa's order (what `*parent_category` shows); `mpath` is the ids from the root, dot-joined. */
export const ProductCategory = model.define("product_category", {
  id: model.id({ prefix: "pcat" }).primaryKey(),
  name: model.text().searchable(),
  description: model.text().searchable().default(""),
  handle: model.text().searchable().unique(),
  mpath: model.text().index(),
  is_active: model.boolean().default(false),
  is_internal: model.boolean().default(false),
  rank: model.integer().default(0),
  external_id: model.text().nullable(),
  metadata: model.json().nullable(),
  parent_category_id: model.text().nullable().index(),
  parent_category: model.belongsTo(() => ProductCategory, { foreignKey: "parent_category_id" }),
  category_children: model.hasMany(() => ProductCategory, { foreignKey: "parent_category_id" }),
  products: model.manyToMany(() => Product, {
    table: "product_category_product",
    joinColumn: "product_category_id",
    inverseJoinColumn: "product_id",
  }),
})

export const ProductImage = model.define(
  "product_image",
  {
    id: model.id({ prefix: "img" }).primaryKey(),
    url: model.text(),
    rank: model.integer().default(0),
    product_id: model.text().index(),
    metadata: model.json().nullable(),
    product: model.belongsTo(() => Product, { foreignKey: "product_id" }),
    variants: model.manyToMany(() => ProductVariant, {
      table: "product_variant_product_image",
      joinColumn: "image_id",
      inverseJoinColumn: "variant_id",
    }),
  },
  { aliases: ["image", "images"] },
)

export const ProductOptionValue = model.define(
  "product_option_value",
  {
    id: model.id({ prefix: "optval" }).primaryKey(),
    value: model.text(),
    rank: model.integer().nullable(),
    option_id: model.text().nullable().index(),
    metadata: model.json().nullable(),
    option: model.belongsTo(() => ProductOption, { foreignKey: "option_id" }),
  },
  { indexes: [{ columns: ["option_id", "value"], unique: true }] },
)

export const ProductOption = model.define(
  "product_option",
  {
    id: model.id({ prefix: "opt" }).primaryKey(),
    title: model.text().searchable(),
    is_exclusive: model.boolean().default(true),
    product_id: model.text().nullable().index(),
    metadata: model.json().nullable(),
    product: model.belongsTo(() => Product, { foreignKey: "product_id" }),
    values: model.hasMany(() => ProductOptionValue, { foreignKey: "option_id" }),
  },
  { cascade: ["values"], indexes: [{ columns: ["product_id", "title"], unique: true }] },
)

export const ProductVariantPrice = model.define(
  "product_variant_price",
  {
    id: model.id({ prefix: "price" }).primaryKey(),
    ...priceAmountColumns(),
    rules: model.json().default({}),
    variant_id: model.text().index(),
    variant: model.belongsTo(() => ProductVariant, { foreignKey: "variant_id" }),
  },
  { aliases: ["price", "prices"], indexes: [{ columns: ["variant_id", "currency_code"] }] },
)

export const ProductVariant = model.define(
  "product_variant",
  {
    id: model.id({ prefix: "variant" }).primaryKey(),
    title: model.text().searchable(),
    sku: model.text().searchable().nullable().unique(),
    barcode: model.text().searchable().nullable().unique(),
    ean: model.text().searchable().nullable().unique(),
    upc: model.text().searchable().nullable().unique(),
    allow_backorder: model.boolean().default(false),
    manage_inventory: model.boolean().default(true),
    hs_code: model.text().nullable(),
    origin_country: model.text().nullable(),
    mid_code: model.text().nullable(),
    material: model.text().nullable(),
    weight: model.number().nullable(),
    length: model.number().nullable(),
    height: model.number().nullable(),
    width: model.number().nullable(),
    metadata: model.json().nullable(),
    variant_rank: model.number().default(0),
    thumbnail: model.text().nullable(),
    product_id: model.text().nullable().index(),
    product: model.belongsTo(() => Product, { foreignKey: "product_id" }),
    options: model.manyToMany(() => ProductOptionValue, {
      table: "product_variant_option",
      joinColumn: "variant_id",
      inverseJoinColumn: "option_value_id",
    }),
    // general product images + those assigned to this variant: through a view (migration 0002),
    // assignments are rows of product_variant_product_image (ProductImage.variants)
    images: model.manyToMany(() => ProductImage, {
      table: "product_variant_image",
      joinColumn: "variant_id",
      inverseJoinColumn: "image_id",
    }),
    prices: model.hasMany(() => ProductVariantPrice, { foreignKey: "variant_id" }),
  },
  { linkableKey: "variant_id", aliases: ["variant", "variants"], cascade: ["prices"] },
)

export const Product = model.define(
  "product",
  {
    id: model.id({ prefix: "prod" }).primaryKey(),
    title: model.text().searchable(),
    handle: model.text().unique(),
    subtitle: model.text().searchable().nullable(),
    description: model.text().searchable().nullable(),
    is_giftcard: model.boolean().default(false),
    status: model.enum(["draft", "proposed", "published", "rejected"]).default("draft").index(),
    thumbnail: model.text().nullable(),
    weight: model.number().nullable(),
    length: model.number().nullable(),
    height: model.number().nullable(),
    width: model.number().nullable(),
    origin_country: model.text().nullable(),
    hs_code: model.text().nullable(),
    mid_code: model.text().nullable(),
    material: model.text().nullable(),
    collection_id: model.text().nullable().index(),
    type_id: model.text().nullable().index(),
    discountable: model.boolean().default(true),
    external_id: model.text().nullable(),
    metadata: model.json().nullable(),
    variants: model.hasMany(() => ProductVariant, { foreignKey: "product_id" }).searchable(),
    options: model.hasMany(() => ProductOption, { foreignKey: "product_id" }),
    images: model.hasMany(() => ProductImage, { foreignKey: "product_id" }),
    type: model.belongsTo(() => ProductType, { foreignKey: "type_id", onDelete: "set null" }),
    collection: model.belongsTo(() => ProductCollection, { foreignKey: "collection_id", onDelete: "set null" }),
    tags: model.manyToMany(() => ProductTag, {
      table: "product_tags",
      joinColumn: "product_id",
      inverseJoinColumn: "product_tag_id",
    }),
    categories: model.manyToMany(() => ProductCategory, {
      table: "product_category_product",
      joinColumn: "product_id",
      inverseJoinColumn: "product_category_id",
    }),
  },
  { cascade: ["variants", "options"] },
)

/** The module's models, in its schema's order: the module declares them and its service is generated from them. */
export const productModels = {
  ProductType,
  ProductCollection,
  ProductTag,
  ProductCategory,
  Product,
  ProductImage,
  ProductOption,
  ProductOptionValue,
  ProductVariant,
  ProductVariantPrice,
}
