import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { fileURLToPath } from "node:url"

const SDK_ENTRY = fileURLToPath(new URL("../../../node_modules/@medusajs/js-sdk/dist/esm/index.js", import.meta.url))

let bundled: Promise<string> | undefined

/**
 * The SDK's ESM build bundled for the browser (it imports `qs`, which is CommonJS), kept in
 * memory: the real client code, as a storefront ships it, nothing rewritten.
 */
export function browserSdk(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import("vite")
    const result = await build({
      configFile: false,
      logLevel: "silent",
      build: { write: false, minify: false, lib: { entry: SDK_ENTRY, formats: ["es"], fileName: "sdk" } },
    })
    const outputs = Array.isArray(result) ? result : [result]
    for (const output of outputs) {
      if (!("output" in output)) continue
      const chunk = output.output.find((o) => o.type === "chunk" && o.isEntry)
      if (chunk && chunk.type === "chunk") return chunk.code
    }
    throw new Error("vite produced no SDK bundle")
  })()
  return bundled
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>storefront</title>
<script type="module">
  import Medusa, { FetchError } from "/sdk.js"
  window.Medusa = Medusa
  window.FetchError = FetchError
  // an SDK call's outcome as plain data: the value, or the error the app would catch
  window.attempt = async (call) => {
    try {
      return { ok: true, value: await call }
    } catch (e) {
      return { ok: false, fetchError: e instanceof FetchError, name: e.name, message: e.message, status: e.status }
    }
  }
  document.title = "storefront ready"
</script></head><body>storefront</body></html>`

export interface StorefrontOrigin {
  /** e.g. http://127.0.0.1:41234: another origin than the API, the same site */
  url: string
  close(): Promise<void>
}

/**
 * A second origin serving a page that loads the SDK: what a storefront or an admin app on its
 * own host is to the API. Same host, another port, so cookies follow the browser's same-site
 * rules as between shop.example.com and api.example.com.
 */
export async function startStorefrontOrigin(): Promise<StorefrontOrigin> {
  const sdk = await browserSdk()
  const server: Server = createServer((req, res) => {
    if (req.url === "/sdk.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(sdk)
    } else if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE)
    } else {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}
