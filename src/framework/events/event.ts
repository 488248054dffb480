/** An event as the bus delivers it: the id lets subscribers de-duplicate redeliveries. */
export interface BusEvent<T = Record<string, unknown>> {
  id: string
  name: string
  data: T
  created_at: string
}

export interface PendingEvent {
  name: string
  data: Record<string, unknown>
}
