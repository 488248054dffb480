import type { FastifyInstance } from "fastify"

export async function storeRegionRoutes(_server: FastifyInstance) {}
