import swagger from "@fastify/swagger"
import type { FastifyInstance } from "fastify"
import { jsonSchemaTransform } from "fastify-type-provider-zod"
import { lazyInstance } from "./app/lazy-instance.js"

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests
 * (registered before the routes so it sees them all), served at /openapi.json; a Swagger UI
 * page at /docs, built on its first request (lazy-instance.ts) from the finished document.
 */
export async function registerOpenApi(server: FastifyInstance, version: string) {
  await server.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "salesgraph",
        version,
        description:
          "Medusa v2 compatible admin and store API: sales channels, publishable API keys, products, stock locations, inventory, carts and orders.",
      },
      tags: [
        {
          name: "admin",
          description: "Authenticated with a user JWT (Bearer or session) or a secret API key (HTTP Basic)",
        },
        { name: "store", description: "Scoped by the x-publishable-api-key header" },
        { name: "auth", description: "Sign in and sessions" },
      ],
      components: {
        securitySchemes: {
          jwt: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
          secretApiKey: { type: "http", scheme: "basic" },
          publishableKey: { type: "apiKey", in: "header", name: "x-publishable-api-key" },
        },
      },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input)
      const area = input.url.split("/")[1]
      const schema = { ...(out.schema as Record<string, unknown>) }
      if (area === "admin" || area === "store" || area === "auth") {
        schema.tags = [area]
        if (area === "admin") schema.security = [{ jwt: [] }, { secretApiKey: [] }]
        if (area === "store") schema.security = [{ publishableKey: [] }]
      } else {
        schema.hide = true
      }
      return { ...out, schema }
    },
  })
  server.get("/openapi.json", { schema: { hide: true } as never }, async () => server.swagger())
  // the docs page: Swagger UI from its npm package (served locally, nothing fetched at run time)
  const docs = lazyInstance(async (inner) => {
    await inner.register(swagger, { mode: "static", specification: { document: server.swagger() as never } })
    const swaggerUi = (await import("@fastify/swagger-ui")).default
    await inner.register(swaggerUi, { routePrefix: "/docs", uiConfig: { docExpansion: "none", deepLinking: true } })
  })
  server.get("/docs", { schema: { hide: true } as never }, docs)
  server.get("/docs/*", { schema: { hide: true } as never }, docs)
}
