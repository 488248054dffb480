import type { FastifyInstance } from "fastify"

export async function regionRoutes(_server: FastifyInstance) {}
