import type { FastifyInstance } from "fastify"

export async function storeProductRoutes(_server: FastifyInstance) {}
