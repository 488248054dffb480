import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { stripVTControlCharacters } from "node:util"
import { until } from "../../../test-support/until.js"
import { ROOT } from "../../../reliability/test-support/salesgraph-process.js"
import { portOwner } from "../port-owner.js"
import { nodeEntry } from "../../../test-support/node-entry.js"

/** Whether util-linux's `script` is here to give a child a pseudo-terminal. */
export const hasScript = spawnSync("script", ["--version"]).status === 0

/**
 * `salesgraph start` on a pseudo-terminal (util-linux `script`), as a person runs it: what it
 * wrote, colours stripped, and a clean stop (SIGTERM to the server, found by its port).
 */
export class TerminalProcess {
  private readonly child: ChildProcess
  private readonly exit: Promise<number | null>
  private raw = ""

  constructor(env: Record<string, string | undefined>) {
    const full: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env }
    for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k]
    const command = [process.execPath, ...nodeEntry("src/cli/main.ts"), "start"].map((a) => `'${a}'`).join(" ")
    this.child = spawn("script", ["-q", "-c", command, "/dev/null"], { cwd: ROOT, env: full, stdio: "pipe" })
    this.child.stdout!.on("data", (d) => (this.raw += String(d)))
    this.child.stderr!.on("data", (d) => (this.raw += String(d)))
    this.exit = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)))
  }

  /** Everything written so far, as the terminal shows it (no colour codes, no carriage returns). */
  get text(): string {
    return stripVTControlCharacters(this.raw).replace(/\r/g, "")
  }

  async waitFor(pattern: RegExp, what: string): Promise<RegExpExecArray> {
    await until(() => pattern.test(this.text) || this.child.exitCode !== null, what)
    const match = pattern.exec(this.text)
    if (!match) throw new Error(`${what}: the process ended first:\n${this.text}`)
    return match
  }

  /** SIGTERM to the server listening at `url` (script's child), then waits for both to end. */
  async stop(url: string): Promise<void> {
    const owner = portOwner(Number(new URL(url).port))
    if (owner) process.kill(owner.pid, "SIGTERM")
    else this.child.kill("SIGTERM")
    this.child.stdin!.end()
    await this.exit
  }
}
