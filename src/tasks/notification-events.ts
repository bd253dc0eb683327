import { EventEmitter } from 'node:events';

/** Some users' notifications changed: new ones arrived, or they read some. */
export interface NotificationEvent {
  agencyId: string;
  userIds: readonly string[];
  kind: 'created' | 'read';
}

// In-process, like company changes: the instance that writes tells its own streams.
const emitter = new EventEmitter().setMaxListeners(0);

/** Announces committed notification changes; call after the transaction. */
export function publishNotificationEvent(event: NotificationEvent): void {
  if (event.userIds.length > 0) emitter.emit('notification', event);
}

/** Listens for notification changes; returns the function that stops listening. */
export function onNotificationEvent(listener: (event: NotificationEvent) => void): () => void {
  emitter.on('notification', listener);
  return () => emitter.off('notification', listener);
}
