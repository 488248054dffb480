import { visibilityReport, type VisibilityQuestion } from "../../workflows/listing/visibility-report.js"
import type { VisibilityCheck } from "../../workflows/listing/visibility-checks.js"
import { openCliApp } from "../open-app.js"

export interface WhyOptions {
  key?: string
  keyId?: string
  channel?: string
  region?: string
  json?: boolean
}

const mark = (c: VisibilityCheck) => (c.passed === true ? "[x]" : c.passed === false ? "[ ]" : "[-]")

/** The report as a checklist: one line per condition, its reason on failure. */
export function formatChecklist(report: Awaited<ReturnType<typeof visibilityReport>>): string {
  const who = report.publishable_key_id
    ? `publishable key ${report.publishable_key_id}`
    : report.checks[0]?.passed === null
      ? `sales channel ${report.sales_channel_ids.join(", ")}`
      : "an unknown publishable key"
  const lines = [`${report.title} (${report.product_id}, handle ${report.handle}) for ${who} at ${report.at}`]
  let channel: string | undefined
  for (const c of report.checks) {
    if (c.sales_channel_id && c.sales_channel_id !== channel) {
      channel = c.sales_channel_id
      lines.push(`  in ${channel}:`)
    }
    const indent = c.sales_channel_id ? "    " : "  "
    lines.push(`${indent}${mark(c)} ${c.description}${c.detail ? ` (${c.detail})` : ""}`)
  }
  const yes = (b: boolean) => (b ? "yes" : "no")
  lines.push(
    `served by id or handle: ${yes(report.served)}; listed: ${yes(report.listed)}; purchasable: ${yes(report.purchasable)}`,
  )
  return lines.join("\n")
}

/** `salesgraph why <product handle or id> --key pk_…`: the visibility report as a checklist. */
export async function whyCommand(product: string, opts: WhyOptions): Promise<number> {
  const question: VisibilityQuestion = {
    product,
    publishable_key: opts.key,
    publishable_key_id: opts.keyId,
    sales_channel_id: opts.channel,
    region_id: opts.region,
  }
  if ([opts.key, opts.keyId, opts.channel].filter(Boolean).length !== 1) {
    console.error("Give exactly one of --key, --key-id or --channel")
    return 2
  }
  const app = await openCliApp()
  try {
    const report = await visibilityReport(app.container, question)
    console.log(opts.json ? JSON.stringify(report, null, 2) : formatChecklist(report))
    return 0
  } catch (error) {
    console.error((error as Error).message)
    return 1
  } finally {
    await app.close()
  }
}
