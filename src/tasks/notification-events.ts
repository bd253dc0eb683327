import { channel } from '../platform/events/channel.js';

/** Some users' notifications changed: new ones arrived, or they read some. */
export interface NotificationEvent {
  agencyId: string;
  userIds: readonly string[];
  kind: 'created' | 'read';
}

// Like company changes (platform/events/channel.ts): the recipients' streams hear them on every instance.
const events = channel<NotificationEvent>('notification');

/** Announces committed notification changes; call after the transaction. */
export function publishNotificationEvent(event: NotificationEvent): void {
  if (event.userIds.length > 0) events.publish(event);
}

/** Listens for notification changes; returns the function that stops listening. */
export function onNotificationEvent(listener: (event: NotificationEvent) => void): () => void {
  return events.on(listener);
}
