import { buildDashboard } from "../dashboard/build-dashboard.js"

/** `salesgraph dashboard`: builds Medusa's dashboard if needed, then starts the server that
 * serves it at /dashboard (unless --build-only). */
export async function dashboardCommand(options: { buildOnly: boolean }) {
  const { dir, built } = await buildDashboard()
  console.log(built ? `Medusa's dashboard built into ${dir}` : `Medusa's dashboard is built (${dir})`)
  if (options.buildOnly) return
  const { startCommand } = await import("./start.js")
  await startCommand()
}
