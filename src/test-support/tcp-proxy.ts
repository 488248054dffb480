import { connect, createServer, type Server, type Socket } from "node:net"

/**
 * A TCP proxy on 127.0.0.1 in front of a PostgreSQL server, which a test can cut: every open
 * connection is reset (as when the server crashes: `Connection terminated unexpectedly`,
 * ECONNRESET) and new connections are reset as they arrive (as while the server is down), until
 * `restore()`. Lets a test take "the database" away from one salesgraph process without touching
 * a PostgreSQL server that others share.
 */
export class TcpProxy {
  private readonly pairs = new Set<[Socket, Socket]>()
  private down = false

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined
    const server = createServer((client) => proxy!.accept(client, target))
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject)
      server.listen(0, "127.0.0.1", resolve)
    })
    const address = server.address()
    proxy = new TcpProxy(server, typeof address === "object" && address ? address.port : 0)
    return proxy
  }

  /** `connectionString` with its host and port replaced by the proxy's */
  static via(proxy: TcpProxy, connectionString: string): string {
    const url = new URL(connectionString)
    url.hostname = "127.0.0.1"
    url.port = String(proxy.port)
    return url.toString()
  }

  private accept(client: Socket, target: { host: string; port: number }) {
    client.on("error", () => {})
    if (this.down) return void client.resetAndDestroy()
    const upstream = connect(target.port, target.host)
    upstream.on("error", () => {})
    const pair: [Socket, Socket] = [client, upstream]
    this.pairs.add(pair)
    const drop = () => {
      this.pairs.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    client.on("close", drop)
    upstream.on("close", drop)
    client.pipe(upstream)
    upstream.pipe(client)
  }

  /** The database "crashes": every connection is reset, and every new one until restore(). */
  cut() {
    this.down = true
    for (const [client, upstream] of this.pairs) {
      client.resetAndDestroy()
      upstream.destroy()
    }
    this.pairs.clear()
  }

  restore() {
    this.down = false
  }

  get connections(): number {
    return this.pairs.size
  }

  async close() {
    this.cut()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
