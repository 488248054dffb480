import { defineModule } from "../../framework/module/define-module.js"
import { initial } from "./migrations/0001_initial.js"
import { variantImagesView } from "./migrations/0002_variant_images_view.js"
import { taxonomyColumns } from "./migrations/0003_taxonomy_columns.js"
import { ProductService } from "./service.js"

export const productModule = defineModule({
  name: "product",
  migrations: [initial, variantImagesView, taxonomyColumns],
  service: ProductService,
})

export * from "./models/product.js"
export { ProductService }
