import { readdirSync, readFileSync, readlinkSync } from "node:fs"

/**
 * The process listening on a TCP port, when this machine says (Linux's /proc, a process of
 * the same user): its pid and command line. Undefined elsewhere or when it cannot be seen.
 */
export function portOwner(port: number): { pid: number; command: string } | undefined {
  try {
    const inodes = listeningInodes(port)
    if (!inodes.size) return undefined
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue
      if (!holdsSocket(entry, inodes)) continue
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ")
      return { pid: Number(entry), command }
    }
  } catch {
    // no /proc: the message goes without the pid
  }
  return undefined
}

/** The socket inodes of listeners (state 0A) on the port, IPv4 and IPv6. */
function listeningInodes(port: number): Set<string> {
  const hex = port.toString(16).toUpperCase().padStart(4, "0")
  const inodes = new Set<string>()
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = ""
    try {
      text = readFileSync(table, "utf8")
    } catch {
      continue
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === "0A") inodes.add(cols[9])
    }
  }
  return inodes
}

function holdsSocket(pid: string, inodes: Set<string>): boolean {
  let fds: string[]
  try {
    fds = readdirSync(`/proc/${pid}/fd`)
  } catch {
    return false
  }
  for (const fd of fds) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
      if (match && inodes.has(match[1])) return true
    } catch {
      // closed meanwhile
    }
  }
  return false
}
