import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { nodeEntry } from "../../../src/test-support/node-entry.js"

/** The checkout root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url))
const MAIN = join(ROOT, "src/cli/main.ts")

/**
 * The environment of a `salesgraph` child: this process's, without the variables that would
 * point it elsewhere (a config file, a data directory, a port), plus `env`. Children run in a
 * temporary directory, so no ./salesgraph.config.json or ./.salesgraph of the checkout is used.
 */
function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env }
  for (const name of [
    "DATABASE_URL",
    "SALESGRAPH_CONFIG",
    "SALESGRAPH_DATA_DIR",
    "PORT",
    "HOST",
    "LOG_LEVEL",
    "SALESGRAPH_NO_MIGRATE",
  ])
    delete out[name]
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete out[name]
    else out[name] = value
  }
  return out
}

export interface CliChild {
  child: ChildProcess
  /** stdout and stderr as they arrived */
  output(): string
  /** resolves with the first output line matching `pattern` */
  waitFor(pattern: RegExp): Promise<string>
  /** the exit code (signals count as failures) */
  exited: Promise<number>
}

/** `salesgraph <args>` from the sources (as `npm run dev` runs it), in a fresh temporary directory. */
export function spawnCli(
  args: string[],
  env: Record<string, string | undefined>,
  cwd = mkdtempSync(join(tmpdir(), "sg-cli-")),
): CliChild {
  const child = spawn(process.execPath, [...nodeEntry(MAIN), ...args], {
    cwd,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  })
  let text = ""
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = []
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8")
    for (const w of [...waiters]) {
      const line = text.split("\n").find((l) => w.pattern.test(l))
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(line)
      }
    }
  }
  child.stdout!.on("data", onData)
  child.stderr!.on("data", onData)
  const exited = new Promise<number>((resolve) =>
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  )
  return {
    child,
    output: () => text,
    waitFor(pattern) {
      const line = text.split("\n").find((l) => pattern.test(l))
      if (line !== undefined) return Promise.resolve(line)
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve })
        void exited.then((code) =>
          reject(new Error(`salesgraph exited (${code}) before printing ${pattern}:\n${text}`)),
        )
      })
    },
    exited,
  }
}

/** Runs a command to its end: exit code, stdout and stderr apart. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = spawnCli(args, env)
  let stdout = ""
  let stderr = ""
  c.child.stdout!.on("data", (d: Buffer) => (stdout += d.toString("utf8")))
  c.child.stderr!.on("data", (d: Buffer) => (stderr += d.toString("utf8")))
  const code = await c.exited
  return { code, stdout, stderr }
}
