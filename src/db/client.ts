import pg from "pg"

/**
 * A pg.Client that cannot take the process down: pg emits a connection's loss (a crash, a
 * restart, a cut network) as an `error` event, and an EventEmitter with no `error` listener
 * throws it. The loss still reaches the caller through the pending or next query's rejection.
 */
export function newClient(config: pg.ClientConfig): pg.Client {
  const client = new pg.Client(config)
  client.on("error", () => {})
  return client
}

/** Connects, runs `work`, and closes, whatever happens. */
export async function withClient<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = newClient(config)
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}
