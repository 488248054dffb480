import type { Container } from "../app/container.js"

/** Who is calling an admin route (a user or secret key) or a store route (a customer). */
export interface AuthContext {
  actor_type: "user" | "api-key" | "customer"
  actor_id: string
  auth_identity_id?: string
}

/** The publishable key of a store request and the channels it opens (docs/medusa-contract.md §8.0). */
export interface PublishableKeyContext {
  id: string
  key: string
  sales_channel_ids: string[]
}

declare module "fastify" {
  interface FastifyRequest {
    container: Container
    auth?: AuthContext
    publishableKey?: PublishableKeyContext
  }
}
