import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { readFileSync } from "node:fs"
import { createServer } from "node:net"

/** The V8 flags `npm start` and bin/salesgraph.js run the server with (see bin/salesgraph.js). */
export const NODE_FLAGS = ["--max-semi-space-size=2"]

/** A salesgraph (or floor) server in its own process, for load tests from outside it. */
export interface ServerProcess {
  url: string
  pid: number
  /** milliseconds from spawn to the first healthy answer */
  startMs: number
  rssMb(): number | null
  stop(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export function rssOf(pid: number): number | null {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)\s+kB/)
    return m ? Math.round(Number(m[1]) / 1024) : null
  } catch {
    return null
  }
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, main = "dist/cli/main.js") {
  const r = spawnSync(process.execPath, [main, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  })
  if (r.status !== 0) throw new Error(`salesgraph ${args.join(" ")} failed: ${r.stderr || r.stdout}`)
  return r.stdout
}

export async function startProcess(
  command: string[],
  env: NodeJS.ProcessEnv,
  healthPath = "/health",
): Promise<ServerProcess> {
  const port = await freePort()
  const t0 = performance.now()
  const child: ChildProcess = spawn(process.execPath, command, {
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  })
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start: ${output}`)
    try {
      const res = await fetch(url + healthPath)
      if (res.ok) break
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 10))
  }
  const startMs = Math.round(performance.now() - t0)
  return {
    url,
    pid: child.pid!,
    startMs,
    rssMb: () => rssOf(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.on("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}
