import type { FastifyInstance } from "fastify"

export async function inventoryItemRoutes(_server: FastifyInstance) {}
