import { ApiClient } from "./client.js"
import { seedOverHttp, type SeedResult } from "./seed.js"
import { NODE_FLAGS, runCli, startProcess, type ServerProcess } from "./server-process.js"

const ADMIN = { email: "bench@salesgraph.local", password: "bench-password" }

/**
 * A salesgraph process on a fresh database (first start: migrations), a user, then a warm start
 * seeded through the admin API (seed.ts). `flags`: extra node flags for the seeded process;
 * `main`: the build's entry point (another checkout's, to compare two builds).
 */
export async function seededServer(
  env: NodeJS.ProcessEnv,
  seed: { S: number; P: number; stock: number },
  flags: string[] = [],
  main = "dist/cli/main.js",
): Promise<{ server: ServerProcess; api: ApiClient; seed: SeedResult }> {
  const first = await startProcess([...NODE_FLAGS, main, "start"], env)
  await first.stop()
  runCli(["user", "-e", ADMIN.email, "-p", ADMIN.password], env, main)
  const server = await startProcess([...NODE_FLAGS, ...flags, main, "start"], env)
  try {
    const api = new ApiClient(server.url)
    await api.login(ADMIN.email, ADMIN.password)
    return { server, api, seed: await seedOverHttp(api, { ...seed, concurrency: 4 }) }
  } catch (error) {
    await server.stop()
    throw error
  }
}
