import type { FastifyInstance } from "fastify"

export async function storeRoutes(_server: FastifyInstance) {}
