/**
 * The wire limit: a bare Fastify route sending bytes held in memory, with the headers they were
 * captured with. Nothing else runs per request, so what it answers is what the machine (the
 * client, the loopback and Node's HTTP stack) allows for a response of that size.
 * Env: PORT, WIRE_FILE (JSON: { [path]: { body: base64, headers: { name: value } } }).
 */
import Fastify from "fastify"
import { readFileSync } from "node:fs"

interface Captured {
  body: string
  headers: Record<string, string>
}

const captured = JSON.parse(readFileSync(process.env.WIRE_FILE!, "utf8")) as Record<string, Captured>
const responses = new Map(
  Object.entries(captured).map(([path, c]) => [path, { body: Buffer.from(c.body, "base64"), headers: c.headers }]),
)

const app = Fastify()
app.get("/health", async () => "OK")
app.get("/*", (request, reply) => {
  const hit = responses.get(request.url)
  if (!hit) return reply.status(404).send()
  return reply.headers(hit.headers).send(hit.body)
})
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" })
process.on("SIGTERM", async () => {
  await app.close()
  process.exit(0)
})
