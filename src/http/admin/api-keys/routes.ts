import type { FastifyInstance } from "fastify"

export async function apiKeyRoutes(_server: FastifyInstance) {}
