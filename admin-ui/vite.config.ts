import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

/** The admin page: built into dist/admin-ui, served by salesgraph at /app (src/http/app/admin-page.ts). */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/app/",
  // React's automatic JSX runtime without @vitejs/plugin-react (no fast refresh needed)
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: fileURLToPath(new URL("../dist/admin-ui", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
  },
  server: {
    // `npx vite --config admin-ui/vite.config.ts`: the page with hot reload at :5173/app/, API calls
    // sent to a running salesgraph (SALESGRAPH_URL, default :9000)
    proxy: Object.fromEntries(
      ["/admin", "/auth", "/store"].map((p) => [p, process.env.SALESGRAPH_URL ?? "http://127.0.0.1:9000"]),
    ),
  },
})
