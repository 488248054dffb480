import { z } from "zod"
import { retrieveParams, text } from "../../validation/common.js"

export const PaymentCollectionQuery = z.object(retrieveParams()).strict()

export const CreatePaymentCollectionBody = z.object({ cart_id: text() }).strict()

export const CreatePaymentSessionBody = z
  .object({ provider_id: text(), data: z.record(z.string(), z.unknown()).optional() })
  .strict()
