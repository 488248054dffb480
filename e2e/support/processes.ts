import { spawn, type ChildProcess } from "node:child_process"
import { openSync } from "node:fs"

export interface Group {
  child: ChildProcess
  /** SIGTERM to the whole process group, SIGKILL if it lingers; resolves when the leader exited */
  stop(): Promise<void>
}

const running = new Set<number>()
// a test that throws or is interrupted must not leave a server behind: kill what is left on exit
process.on("exit", () => {
  for (const pid of running) killGroup(pid, "SIGKILL")
})
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => process.exit(130))
}

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/** Starts a command as the leader of its own process group, its output appended to `log`. */
export function spawnGroup(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; log: string },
): Group {
  const out = openSync(options.log, "a")
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", out, out],
  })
  const pid = child.pid!
  running.add(pid)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return {
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(pid, "SIGTERM")
        const timer = setTimeout(() => killGroup(pid, "SIGKILL"), 20_000)
        await exited
        clearTimeout(timer)
      }
      // children of the leader (next's workers) may outlive it
      killGroup(pid, "SIGKILL")
      running.delete(pid)
    },
  }
}

/** Runs a command to its end; rejects with the tail of its log when it fails. */
export async function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; log: string },
): Promise<void> {
  const group = spawnGroup(command, args, options)
  const code = await new Promise<number | null>((resolve) => group.child.once("exit", (c) => resolve(c)))
  await group.stop()
  if (code !== 0) {
    const { readFileSync } = await import("node:fs")
    const tail = readFileSync(options.log, "utf8").split("\n").slice(-40).join("\n")
    throw new Error(`${command} ${args.join(" ")} exited with ${code} (log: ${options.log})\n${tail}`)
  }
}
