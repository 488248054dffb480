import type { FastifyInstance } from "fastify"

/**
 * Medusa's feature flags, as a Medusa 2.21.2 without any turned on answers them: salesgraph has
 * none of these features (view configurations, the index engine, RBAC, translations…), and the
 * dashboard reads the list before anyone signs in, so it needs no authentication (as in Medusa).
 */
export const FEATURE_FLAGS = {
  backend_hmr: false,
  caching: false,
  index_engine: false,
  rbac_filter_fields: false,
  rbac: false,
  translation: false,
  view_configurations: false,
} as const

export async function featureFlagRoutes(server: FastifyInstance) {
  server.get("/feature-flags", async () => ({ feature_flags: FEATURE_FLAGS }))
}
