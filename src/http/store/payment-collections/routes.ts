import type { FastifyInstance } from "fastify"

export async function storePaymentCollectionRoutes(_server: FastifyInstance) {}
