import type { App } from "../app/app.js"

/** The JWT secret the app signs with now (generated into its database when not configured). */
export async function jwtSecretOf(app: App): Promise<string> {
  return (await app.secrets.keys("jwt")).current
}
