import { build } from "@medusajs/admin-bundler"
const outDir = process.argv[2]
await build({ path: "/dashboard", outDir, backendUrl: "/", sources: [], plugins: [] })
