/*
 * web/src/api/client.ts still imports the notification views from this
 * path; it goes once the web's types are generated from the OpenAPI
 * document. The use cases live one per file (list-notifications.ts, …).
 */
export type { NotificationPage, NotificationView } from './notification-view.js';
