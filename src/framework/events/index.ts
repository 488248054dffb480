export { EventBus, type EventHandler } from "./bus.js"
export { OutboxDispatcher } from "./dispatcher.js"
export { writeOutbox, outboxMigrations, EVENTS_CHANNEL } from "./outbox.js"
export type { BusEvent, PendingEvent } from "./event.js"
