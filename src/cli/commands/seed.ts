import type { Config } from "../../app/config.js"
import { SEED_KINDS, seedDemoWorkflow, type SeedResult } from "../../workflows/seed/seed-demo.js"
import { createProgress } from "../progress.js"
import { openCliApp, type Output } from "../open-app.js"

/** `salesgraph seed`: the demo catalogue, then what to do with it. */
export async function seedCommand(output: Output = process) {
  const app = await openCliApp()
  try {
    const progress = createProgress({ label: "seed", unit: "records", stream: output.stderr })
    const result = await seedDemoWorkflow(app.container, {
      start: (total) => progress.start(total),
      progress: (done, step) => progress.update(done, step),
    })
    progress.stop()
    output.stdout.write(seedReport(result, app.config))
  } finally {
    await app.close()
  }
}

const list = (counts: Record<string, number>) =>
  SEED_KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${k}`)
    .join(", ")

/** The address a browser on this machine reaches the server at. */
export function serverUrl(config: Pick<Config, "host" | "port">): string {
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host
  return `http://${host.includes(":") ? `[${host}]` : host}:${config.port}`
}

export function seedReport(result: SeedResult, config: Pick<Config, "host" | "port">): string {
  const made = list(result.created)
  const found = list(result.existing)
  const lines: string[] = []
  if (!made) lines.push(`The demo catalogue is already in place: nothing created (found ${found}).`)
  else lines.push(`Demo catalogue: created ${made}.`, ...(found ? [`Already there, left as they were: ${found}.`] : []))

  const url = serverUrl(config)
  const width = Math.max(...result.keys.map((k) => k.title.length))
  lines.push("", "Publishable API keys (a storefront sends one as x-publishable-api-key):")
  for (const key of result.keys)
    lines.push(`  ${key.title.padEnd(width)}  ${key.token}  (sees: ${key.channels.join(", ")})`)
  const [web] = result.keys
  const region = [...result.regions.values()][0]
  const query = `${region ? `region_id=${region}&` : ""}fields=title,variants.title,*variants.calculated_price,%2Bvariants.inventory_quantity&limit=2`
  lines.push(
    "",
    "Next:",
    "  1. start the server, if it is not running:   npm start",
    "  2. create an admin, then sign in on the admin page:",
    "       npx salesgraph user -e admin@example.com -p <a password of your own>",
    `       ${url}/app`,
    `  3. read the ${web.channels[0]} catalogue through the store API:`,
    `       curl -s '${url}/store/products?${query}' -H 'x-publishable-api-key: ${web.token}'`,
    "",
  )
  return lines.join("\n")
}
