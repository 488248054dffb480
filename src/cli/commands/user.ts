import { createUserAccountWorkflow } from "../../workflows/user/create-user-account.js"
import { openCliApp } from "../open-app.js"

/** `salesgraph user -e EMAIL -p PASSWORD`, as `medusa user`: writes to the same database as `start`. */
export async function userCommand(opts: { email: string; password: string }) {
  const app = await openCliApp()
  try {
    const user = await createUserAccountWorkflow(app.container, { email: opts.email, password: opts.password })
    console.log(`User created: ${user.email} (${user.id})`)
  } finally {
    await app.close()
  }
}
