import { z } from "zod"

/** A product's, variant's or inventory item's size and weight, each a number or null (Medusa's bodies). */
export const dimensions = () => ({
  weight: z.number().nullish(),
  length: z.number().nullish(),
  height: z.number().nullish(),
  width: z.number().nullish(),
})
