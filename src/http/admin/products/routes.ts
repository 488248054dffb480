import type { FastifyInstance } from "fastify"

export async function productRoutes(_server: FastifyInstance) {}
