#!/usr/bin/env node
// Runs the compiled CLI (npm install builds it); from a checkout without dist/, build first.
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

const main = new URL("../dist/cli/main.js", import.meta.url)
if (!existsSync(fileURLToPath(main))) {
  console.error("salesgraph is not built yet: run `npm install` (or `npm run build`) first")
  process.exit(1)
}
await import(main.href)
