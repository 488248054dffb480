import { existsSync, readFileSync } from "node:fs"
import { resolve } from "node:path"
import { z } from "zod"
import { durationMs } from "./duration.js"
import { secretProblem } from "./secret-rules.js"

/**
 * Configuration from the environment (and an optional JSON file named by SALESGRAPH_CONFIG or
 * found as ./salesgraph.config.json; the environment wins), validated at start.
 */
const secret = z.string().superRefine((value, ctx) => {
  const problem = secretProblem(value)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
})

const lifetime = z
  .string()
  .refine((v) => durationMs(v) !== undefined, 'expected a lifetime such as "1d", "10h" or "30m"')

const Schema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(9000),
  host: z.string().min(1).default("127.0.0.1"),
  databaseUrl: z.string().url().optional(),
  dataDir: z.string().min(1).default("./.salesgraph"),
  /** unset: a random secret kept in the database (the auth module's `auth_secret`) */
  jwtSecret: secret.optional(),
  cookieSecret: secret.optional(),
  jwtExpiresIn: lifetime.default("1d"),
  sessionExpiresIn: lifetime.default("10h"),
  /** comma-separated origins or /regexes/ (Medusa's http.storeCors …); unset: localhost only */
  storeCors: z.string().optional(),
  adminCors: z.string().optional(),
  authCors: z.string().optional(),
  trustProxy: z.string().optional(),
  httpCache: z.enum(["on", "off"]).default("on"),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** unset: readable lines on a terminal, JSON otherwise (docs/logging.md) */
  logFormat: z.enum(["pretty", "json"]).optional(),
  /** store requests logged at info too (otherwise at debug; admin and auth ones always at info) */
  logRequests: z.enum(["0", "1"]).default("0"),
  /** a request slower than this is logged at warn whatever the level (docs/logging.md) */
  logSlowMs: z.coerce.number().int().min(1).default(1000),
  storeRateLimit: z.coerce.number().int().min(0).default(0),
  bodyLimit: z.coerce.number().int().min(1024).default(1_048_576),
  poolSize: z.coerce.number().int().min(1).max(200).default(10),
})

export type Config = z.infer<typeof Schema>

const ENV: Record<keyof Config, string> = {
  port: "PORT",
  host: "HOST",
  databaseUrl: "DATABASE_URL",
  dataDir: "SALESGRAPH_DATA_DIR",
  jwtSecret: "JWT_SECRET",
  cookieSecret: "COOKIE_SECRET",
  jwtExpiresIn: "JWT_EXPIRES_IN",
  sessionExpiresIn: "SESSION_EXPIRES_IN",
  storeCors: "STORE_CORS",
  adminCors: "ADMIN_CORS",
  authCors: "AUTH_CORS",
  trustProxy: "TRUST_PROXY",
  httpCache: "SALESGRAPH_HTTP_CACHE",
  logLevel: "LOG_LEVEL",
  logFormat: "LOG_FORMAT",
  logRequests: "LOG_REQUESTS",
  logSlowMs: "LOG_SLOW_MS",
  storeRateLimit: "SALESGRAPH_STORE_RATE_LIMIT",
  bodyLimit: "SALESGRAPH_BODY_LIMIT",
  poolSize: "SALESGRAPH_POOL_SIZE",
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const file = env.SALESGRAPH_CONFIG ?? "salesgraph.config.json"
  let fromFile: Record<string, unknown> = {}
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, "utf8"))
    } catch (e) {
      throw new ConfigError(`config file ${resolve(file)} is not valid JSON: ${(e as Error).message}`)
    }
  } else if (env.SALESGRAPH_CONFIG) {
    throw new ConfigError(`config file ${resolve(file)} does not exist`)
  }
  const fromEnv: Record<string, unknown> = {}
  for (const [key, name] of Object.entries(ENV)) {
    if (env[name] !== undefined && env[name] !== "") fromEnv[key] = env[name]
  }
  const parsed = Schema.safeParse({ ...fromFile, ...fromEnv, ...overrides })
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0])
      return `  ${ENV[key as keyof Config] ?? key}: ${i.message}`
    })
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`)
  }
  return parsed.data
}
