import { invalidData } from "../../../framework/errors.js"

/** salesgraph has no promotion module: every promotion code is unknown, as Medusa words it. */
export function assertNoPromoCodes(codes: string[] | undefined) {
  if (codes?.length) throw invalidData(`The promotion code ${codes[0]} is invalid`)
}
