import type { Container } from "../../app/container.js"
import { invalidData } from "../../framework/errors.js"
import type { Row } from "../../framework/service/index.js"

export interface CreateUserAccountInput {
  email: string
  password: string
  first_name?: string | null
  last_name?: string | null
}

/**
 * `medusa user -e -p`: a user and its emailpass identity pointing at it, in one transaction.
 * Steps: refuse a taken email · create the user · register the identity with app_metadata.user_id.
 */
export async function createUserAccountWorkflow(c: Container, input: CreateUserAccountInput): Promise<Row> {
  return c.transaction(async (tx) => {
    const [taken] = await tx.modules.auth.listProviderIdentities({ entity_id: input.email, provider: "emailpass" })
    if (taken) throw invalidData(`Identity with email ${input.email} already exists`)
    const user = await tx.modules.user.createUsers({
      email: input.email,
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
    })
    await tx.modules.auth.registerEmailPass(input.email, input.password, { user_id: user.id })
    tx.emit("user.created", { id: user.id })
    return user
  })
}
