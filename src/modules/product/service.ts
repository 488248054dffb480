import { moduleService } from "../../framework/service/index.js"
import { ProductType, ProductCollection, ProductTag, ProductCategory, Product, ProductImage, ProductOption, ProductOptionValue, ProductVariant, ProductVariantPrice } from "./models/product.js"

export class ProductService extends moduleService({ Product, ProductVariant, ProductOption, ProductOptionValue, ProductVariantPrice, ProductImage, ProductTag, ProductType, ProductCollection, ProductCategory }) {}
