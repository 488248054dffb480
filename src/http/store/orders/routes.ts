import type { FastifyInstance } from "fastify"

export async function storeOrderRoutes(_server: FastifyInstance) {}
