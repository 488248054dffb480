import type { Config } from "../../app/config.js"
import { durationMs } from "../../app/duration.js"
import type { SecretName } from "../../app/secrets.js"
import { rotateSecretsWorkflow } from "../../workflows/auth/rotate-secrets.js"
import { openCliApp } from "../open-app.js"

const SECRETS: { name: SecretName; variable: string; signs: string; lifetime: (c: Config) => string }[] = [
  { name: "jwt", variable: "JWT_SECRET", signs: "tokens", lifetime: (c) => c.jwtExpiresIn },
  { name: "cookie", variable: "COOKIE_SECRET", signs: "session cookies", lifetime: (c) => c.sessionExpiresIn },
]

/**
 * `salesgraph secrets rotate [--now]`: new JWT and cookie secrets in the database, for every
 * process on it. What the old ones signed keeps working for its remaining lifetime (the
 * longest a token or session lives), or stops at once with --now. A secret set in the
 * configuration is not the database's to rotate: change it there.
 */
export async function rotateSecretsCommand(opts: { now: boolean }): Promise<number> {
  const app = await openCliApp()
  try {
    const rotatable = SECRETS.filter((s) => !app.secrets.configured(s.name))
    for (const s of SECRETS.filter((s) => app.secrets.configured(s.name))) {
      console.log(
        `${s.variable} is set in the configuration: not rotated (set a new value for every process and restart them).`,
      )
    }
    if (rotatable.length === 0) return 1
    const rotations = rotatable.map((s) => ({
      name: s.name,
      keepPreviousForMs: opts.now ? 0 : durationMs(s.lifetime(app.config))!,
    }))
    const rotated = await rotateSecretsWorkflow(app.container, rotations)
    for (const [i, s] of rotatable.entries()) {
      const until = rotated[i].previous_valid_until
      const old = until ? `keep working until ${new Date(until).toISOString()}` : "stop working now"
      console.log(
        `Rotated the ${s.name === "jwt" ? "JWT" : "cookie"} secret: ${s.signs} signed with the previous one ${old}.`,
      )
    }
    return 0
  } finally {
    await app.close()
  }
}
