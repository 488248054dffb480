import type { FastifyInstance } from "fastify"

export async function stockLocationRoutes(_server: FastifyInstance) {}
