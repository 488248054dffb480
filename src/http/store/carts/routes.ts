import type { FastifyInstance } from "fastify"

export async function storeCartRoutes(_server: FastifyInstance) {}
