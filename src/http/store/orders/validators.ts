import { z } from "zod"
import { retrieveParams } from "../../validation/common.js"

/** Query of the store order routes (and of cart completion): `fields` only. */
export const OrderQuery = z.object(retrieveParams()).strict()
